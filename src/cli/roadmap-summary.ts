// One line summing up a cycle roadmap for content authors: how the horizons fill once the Now limit
// applies, what was folded or merged, and how much of it is costed.
import type { CostTotals } from '../engine/cost';
import type { CycleRoadmap } from '../engine/cycle-action';
import type { CostRange } from '../engine/schema';

const dollars = (n: number) => `$${n.toLocaleString('en-CA')}`;
const span = (range: CostRange, unit: (n: number) => string) =>
  range.min === range.max ? unit(range.min) : `${unit(range.min)}–${unit(range.max)}`;

function costLine(totals: CostTotals): string {
  const parts = [
    totals.oneTime && `one-time ${span(totals.oneTime, dollars)}`,
    totals.perYear && `yearly ${span(totals.perYear, dollars)}`,
    totals.staffHours && `${span(totals.staffHours, String)} staff hours`,
  ].filter((part) => typeof part === 'string');
  return parts.length > 0 ? parts.join(', ') : 'nothing estimated';
}

export function cycleRoadmapSummary(roadmap: CycleRoadmap): string {
  const count = (horizon: 'now' | 'next' | 'later') =>
    roadmap.actions.filter((a) => a.horizon === horizon);
  const now = count('now');
  const next = count('next');
  const essential = now.filter((a) => a.essential).length;
  const overLimit = next.filter((a) => a.horizonRule === 'capacity').length;
  const proposed = roadmap.actions.flatMap((a) => (a.kind === 'proposed' ? [a] : []));
  const folded = proposed.reduce((sum, a) => sum + a.foldedFindOuts.length, 0);
  const merged = proposed.filter((a) => a.members.length > 1).length;
  const { all } = roadmap.totals;

  const limit =
    roadmap.capacity === null
      ? 'no staff band, Now not limited'
      : `${roadmap.capacity.band} staff, Now holds at most ${roadmap.capacity.limit}`;
  const horizons =
    `now ${now.length}${essential > 0 ? ` (${essential} essential)` : ''}` +
    ` / next ${next.length}${overLimit > 0 ? ` (${overLimit} over the limit)` : ''}` +
    ` / later ${count('later').length}`;
  const extras = [
    folded > 0 ? `${folded} "find out" folded into a recommendation` : null,
    merged > 0 ? `${merged} merged by sameAs` : null,
  ].filter((extra) => extra !== null);
  const of = `${all.cost.estimated} of ${all.actions} action${all.actions === 1 ? '' : 's'}`;
  const cost =
    all.cost.estimated === 0
      ? `cost estimated for ${of}`
      : `cost estimated for ${of}: ${costLine(all.cost)}; ` +
        `not yet funded: ${costLine(all.notYetFunded)}`;
  return [`${limit}: ${horizons}`, ...extras, cost].join('; ');
}
