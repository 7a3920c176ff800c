/** Placeholder until the screen is written. */
export default function ReportsScreen() {
  return <h1>ReportsScreen</h1>;
}
