// Placeholder until the screen is built.
export default function RoadmapScreen(_props: Record<string, unknown>) {
  return <section />;
}
