/** Placeholder until the screen is written. */
export default function BulkSendScreen() {
  return <h1>BulkSendScreen</h1>;
}
