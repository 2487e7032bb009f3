// The sector snapshot's places in the app: all under #/sector, which this feature reads itself.
import type { Route } from '../../routing/route';

export const sectorRoute: Route = { name: 'sector', path: [] };

export const summaryRoute = (year: number): Route => ({
  name: 'sector',
  path: ['summary', String(year)],
});

export const contributeRoute = (cycleId: string): Route => ({
  name: 'sector',
  path: ['contribute', cycleId],
});

export type SectorPage =
  | { page: 'collector' }
  | { page: 'summary'; year: number }
  | { page: 'contribute'; cycleId: string }
  | { page: 'not-found' };

export function sectorPage(path: readonly string[]): SectorPage {
  const [first, second, ...rest] = path;
  if (first === undefined) return { page: 'collector' };
  if (rest.length > 0 || second === undefined) return { page: 'not-found' };
  if (first === 'summary' && /^\d{4}$/.test(second))
    return { page: 'summary', year: Number(second) };
  if (first === 'contribute') return { page: 'contribute', cycleId: second };
  return { page: 'not-found' };
}
