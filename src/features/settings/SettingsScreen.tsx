// Placeholder until the screen is built.
export default function SettingsScreen(_props: Record<string, unknown>) {
  return <section />;
}
