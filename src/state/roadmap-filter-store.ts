// The roadmap's filter, kept while the app is open: a questionnaire's results link to its actions
// (the per-questionnaire view), and coming back to the roadmap finds the filter as it was left.
import { create } from 'zustand';
import type { ActionStatus } from '../engine/action-inputs';
import type { Horizon } from '../engine/schema';

export type StatusFilter = 'all' | 'open' | 'proposed' | ActionStatus;

export interface RoadmapFilter {
  /** A questionnaire id, "own" for the organization's own actions, or "" for every action. */
  questionnaire: string;
  horizon: Horizon | 'all';
  status: StatusFilter;
}

export const everyAction: RoadmapFilter = { questionnaire: '', horizon: 'all', status: 'all' };

interface RoadmapFilterState {
  byCycle: Record<string, RoadmapFilter>;
  setFilter: (cycleId: string, filter: RoadmapFilter) => void;
}

export const useRoadmapFilterStore = create<RoadmapFilterState>()((set) => ({
  byCycle: {},
  setFilter: (cycleId, filter) => {
    set((state) => ({ byCycle: { ...state.byCycle, [cycleId]: filter } }));
  },
}));

/** The filter of a cycle's roadmap and a way to change it. */
export function useRoadmapFilter(
  cycleId: string,
): [RoadmapFilter, (filter: RoadmapFilter) => void] {
  const filter = useRoadmapFilterStore((state) => state.byCycle[cycleId]) ?? everyAction;
  const setFilter = useRoadmapFilterStore((state) => state.setFilter);
  return [filter, (next) => setFilter(cycleId, next)];
}

/** Opens the roadmap of a cycle on one questionnaire's actions. */
export function showQuestionnaireActions(cycleId: string, questionnaireId: string): void {
  useRoadmapFilterStore
    .getState()
    .setFilter(cycleId, { ...everyAction, questionnaire: questionnaireId });
}
