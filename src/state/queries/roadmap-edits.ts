// Leadership's edits to a cycle's roadmap items, live for the roadmap screen, once for the report.
import type { RoadmapEdit } from '../../domain/roadmap-edit';
import { loadRoadmapEdits } from '../../storage';
import { useLive } from './use-live';

export async function readRoadmapEdits(cycleId: string): Promise<RoadmapEdit[]> {
  return (await loadRoadmapEdits()).listRoadmapEdits(cycleId);
}

export const useRoadmapEdits = (cycleId: string) =>
  useLive(() => readRoadmapEdits(cycleId), [cycleId]);
