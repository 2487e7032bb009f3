// A small picture of one comparison on a 0–100 scale: the peers' middle half as a band, their median
// as a line and the agency's score as a diamond. Decorative: the sentence next to it says the same.
import type { Peers } from '../../../engine/sector-snapshot';

const WIDTH = 200;
const HEIGHT = 16;
const x = (score: number) => (score / 100) * WIDTH;

export const barColours = { band: '#9cc3ea', median: '#0b3f7a', you: '#a4161a', track: '#c5ccd6' };

export function ComparisonBar({
  you,
  peers,
}: {
  you: number;
  peers: Extract<Peers, { status: 'published' }>;
}) {
  const centre = HEIGHT / 2;
  return (
    <svg
      className="sector-comparison-bar"
      viewBox={`-6 0 ${WIDTH + 12} ${HEIGHT}`}
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <line x1={0} x2={WIDTH} y1={centre} y2={centre} stroke={barColours.track} strokeWidth={2} />
      <rect
        x={x(peers.q1)}
        y={2}
        width={Math.max(1, x(peers.q3) - x(peers.q1))}
        height={HEIGHT - 4}
        fill={barColours.band}
      />
      <line
        x1={x(peers.median)}
        x2={x(peers.median)}
        y1={1}
        y2={HEIGHT - 1}
        stroke={barColours.median}
        strokeWidth={2.5}
      />
      <path
        d={`M ${x(you)} ${centre - 6} l 5 6 l -5 6 l -5 -6 z`}
        fill={barColours.you}
        stroke="#ffffff"
        strokeWidth={1}
      />
    </svg>
  );
}
