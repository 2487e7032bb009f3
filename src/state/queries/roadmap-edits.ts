// Leadership's edits to a cycle's roadmap items, live for the roadmap screen, once for the report.
import { listRoadmapEdits } from '../../storage';
import { useLive } from './use-live';

export const readRoadmapEdits = listRoadmapEdits;

export const useRoadmapEdits = (cycleId: string) =>
  useLive(() => listRoadmapEdits(cycleId), [cycleId]);
