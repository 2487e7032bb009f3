// Placeholder until the screen is built.
export default function HistoryScreen(_props: Record<string, unknown>) {
  return <section />;
}
