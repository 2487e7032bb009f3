// Chart colours, matching src/app/styles.css (SVG attributes cannot read its CSS variables), and small
// shared chart settings. Each series also differs by shape (solid, hatched, diamond marks), so colour
// is never the only signal.
import type { LegendPayload } from 'recharts';

export const chartColours = {
  score: '#0b5cad',
  target: '#1b1f24',
  coverage: '#4a5563',
  grid: '#c5ccd6',
  text: '#1b1f24',
} as const;

/** The score series first in every legend, whatever the language sorts first. */
export const scoreFirst = (item: LegendPayload): number => (item.dataKey === 'score' ? 0 : 1);
