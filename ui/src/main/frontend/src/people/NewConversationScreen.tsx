/** Placeholder until the screen is written. */
export default function NewConversationScreen() {
  return <h1>NewConversationScreen</h1>;
}
