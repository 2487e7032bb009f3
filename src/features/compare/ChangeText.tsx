// A score change as an arrow and a signed number for the eye, and as words ("up 12 points") for screen
// readers, which would otherwise read the arrow's character name.
import { useTranslation } from 'react-i18next';
import type { ShownChange } from './compare-cycles';

const ARROWS = { up: '↑', down: '↓', same: '→' } as const;

/** "+12", "−3" (a true minus sign), "0". */
export function signedPoints(points: number): string {
  if (points > 0) return `+${points}`;
  if (points < 0) return `\u2212${Math.abs(points)}`;
  return '0';
}

export function ChangeText({ change }: { change: ShownChange }) {
  const { t } = useTranslation('compare');
  const { direction, points } = change;
  if (direction === 'unknown' || points === null) {
    return <span className="change change-unknown">{t('change.unknown')}</span>;
  }
  const words =
    direction === 'same'
      ? t('change.same')
      : t(direction === 'up' ? 'change.up' : 'change.down', { count: Math.abs(points) });
  return (
    <span className={`change change-${direction}`}>
      <span aria-hidden="true">
        {ARROWS[direction]} {signedPoints(points)}
      </span>
      <span className="visually-hidden">{words}</span>
    </span>
  );
}
