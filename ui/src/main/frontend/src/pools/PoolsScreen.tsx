/** Placeholder until the screen is written. */
export default function PoolsScreen() {
  return <h1>PoolsScreen</h1>;
}
