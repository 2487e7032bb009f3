// The sector snapshot's public entry, for other screens: the ways in (from a cycle, from the settings
// screen) and the comparison with similar agencies on a result, which loads on demand with its
// benchmark.
import { lazy } from 'react';

export { ContributeLink } from './contribute/ContributeLink';
export { SectorEntry } from './SectorEntry';

export const SectorComparison = lazy(() => import('./compare/SectorComparison'));
