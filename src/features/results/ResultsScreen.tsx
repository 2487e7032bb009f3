// Placeholder until the screen is built.
export default function ResultsScreen(_props: Record<string, unknown>) {
  return <section />;
}
