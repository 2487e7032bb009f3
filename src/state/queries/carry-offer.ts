// What a new cycle is offered to carry over from the most recent one: its unfinished actions (engine
// `unfinishedActions`), each with what carrying it stores (command `startCycle`).
import type { CycleAction } from '../../engine/cycle-action';
import type { PreparedQuestionnaire } from '../../engine/prepare';
import type { LocalizedText } from '../../engine/schema';
import { unfinishedActions } from '../../engine/unfinished-actions';
import type { Cycle } from '../../domain/cycle';
import type { CarriedAction } from '../../storage';
import { useCycleRoadmap } from './cycle-roadmap';
import { useCycles } from './cycles';
import type { Loadable } from './questionnaires';

export interface CarryCandidate {
  action: CycleAction;
  carried: CarriedAction;
}

export interface CarryOffer {
  /** The most recent cycle; null when there is none yet. */
  from: Cycle | null;
  questionnaires: ReadonlyMap<string, PreparedQuestionnaire>;
  candidates: CarryCandidate[];
}

/** A proposed action's name in both languages, kept with what is carried over. */
function titleOf(action: CycleAction, questionnaires: ReadonlyMap<string, PreparedQuestionnaire>) {
  if (action.kind === 'own') return { en: action.action.title, fr: action.action.title };
  const [first] = action.members;
  const questionnaire = first && questionnaires.get(first.questionnaireId);
  let title: LocalizedText | undefined;
  if (first?.item.kind === 'recommendation')
    title = questionnaire?.recommendationById.get(first.item.recommendationId)?.title;
  if (first?.item.kind === 'find-out') {
    const question = questionnaire?.questionById.get(first.item.questionId);
    title = question?.findOut ?? question?.prompt;
  }
  return title ?? { en: action.key, fr: action.key };
}

function candidateOf(
  action: CycleAction,
  questionnaires: ReadonlyMap<string, PreparedQuestionnaire>,
): CarryCandidate {
  if (action.kind === 'own') return { action, carried: { kind: 'own', id: action.action.id } };
  return {
    action,
    carried: {
      kind: 'proposed',
      key: action.key,
      foundUnder: action.decisionKey ?? action.key,
      title: titleOf(action, questionnaires),
      horizon: action.horizon,
    },
  };
}

export function useCarryOffer(): Loadable<CarryOffer> {
  const cycles = useCycles();
  const from = cycles?.[0];
  const roadmap = useCycleRoadmap(from?.id);
  if (cycles === undefined) return { status: 'loading' };
  if (from === undefined) {
    return { status: 'ready', value: { from: null, questionnaires: new Map(), candidates: [] } };
  }
  if (roadmap.status !== 'ready') return roadmap;
  const view = roadmap.value;
  if (view === null) return { status: 'loading' };
  const questionnaires = new Map(
    view.outcomes.map((o) => [o.questionnaire.definition.id, o.questionnaire]),
  );
  return {
    status: 'ready',
    value: {
      from,
      questionnaires,
      candidates: unfinishedActions(view.roadmap).map((a) => candidateOf(a, questionnaires)),
    },
  };
}
