/** Placeholder until the screen is written. */
export default function SearchScreen() {
  return <h1>SearchScreen</h1>;
}
