// Leadership's roadmap edits of a cycle as a live view. Apart from data-hooks.ts, so the first screens
// (home, a questionnaire page) do not load the roadmap's storage code.
import { useLiveQuery } from 'dexie-react-hooks';
import { listRoadmapEdits } from '../storage/roadmap-edits';

export const useRoadmapEdits = (cycleId: string) =>
  useLiveQuery(() => listRoadmapEdits(cycleId), [cycleId]);
