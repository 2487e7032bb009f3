// Which actions of the cycle roadmap are shown: by questionnaire (or the organization's own), by
// horizon and by status. Pure, so the screen and the timeline show the same selection.
import { isSettled, type ActionStatus } from '../../engine/action-inputs';
import type { CycleAction } from '../../engine/cycle-action';
import type { RoadmapFilter, StatusFilter } from '../../state/roadmap-filter-store';

function matchesStatus(status: ActionStatus | null, filter: StatusFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'open') return !isSettled(status);
  if (filter === 'proposed') return status === null;
  return status === filter;
}

function matchesQuestionnaire(action: CycleAction, questionnaire: string): boolean {
  if (questionnaire === '') return true;
  if (action.kind === 'own') return questionnaire === 'own';
  return action.members.some((member) => member.questionnaireId === questionnaire);
}

export function matchesFilter(action: CycleAction, filter: RoadmapFilter): boolean {
  return (
    matchesQuestionnaire(action, filter.questionnaire) &&
    (filter.horizon === 'all' || action.horizon === filter.horizon) &&
    matchesStatus(action.status, filter.status)
  );
}

export const isFiltered = (filter: RoadmapFilter): boolean =>
  filter.questionnaire !== '' || filter.horizon !== 'all' || filter.status !== 'all';
