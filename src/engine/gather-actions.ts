// Turns the questionnaires' roadmaps into the cycle's proposed actions:
// - a "find out" item whose question is among the reasons of a recommendation of the same questionnaire
//   is folded into it (one action; the "don't know" stays among its reasons);
// - recommendations linked by `sameAs` become one action under the canonical recommendation's key.
// Each questionnaire's roadmap is read as built, never rebuilt, so its own horizons stay as they were.
import type { ActionMember } from './cycle-action';
import type { PreparedQuestionnaire } from './prepare';
import type { HorizonRule, QuestionnaireResult, RoadmapItem } from './result';
import { HORIZONS } from './roadmap';
import { actionKey, parseRecommendationRef, recommendationActionKey } from './same-as';
import type { CostEstimate, Effort, Horizon, Impact } from './schema';

export interface CycleSource {
  questionnaire: PreparedQuestionnaire;
  /** Null when nothing is answered yet: the questionnaire proposes nothing. */
  result: QuestionnaireResult | null;
}

/** A proposed action before leadership's decisions and the cycle's placement rules. */
export interface GatheredAction {
  key: string;
  members: (ActionMember & { questionnaireIndex: number })[];
  foldedFindOuts: string[];
  horizon: Horizon;
  horizonRule: HorizonRule;
  essential: boolean;
  critical: boolean;
  effort: Effort;
  impact: Impact;
  dependsOn: string[];
  /** The content's estimate: the canonical recommendation's, else the first member's that has one. */
  estimate: CostEstimate | null;
  /** Order inside a horizon: [priority, questionnaire index] of its most urgent member there. */
  urgency: [number, number];
}

const horizonRank = (horizon: Horizon): number => HORIZONS.indexOf(horizon);
const impactRank: Record<Impact, number> = { high: 0, medium: 1, low: 2 };
const effortRank: Record<Effort, number> = { low: 0, medium: 1, high: 2 };

/** Critical work, or work a critical item needs first. */
export const isEssentialItem = (item: RoadmapItem): boolean =>
  item.critical || item.horizonRule === 'required-by-critical';

/** The questions whose answers triggered a questionnaire's recommendations. */
function questionsBehindRecommendations(roadmap: readonly RoadmapItem[]): Set<string> {
  const questions = new Set<string>();
  for (const item of roadmap) {
    if (item.kind !== 'recommendation') continue;
    for (const reason of item.reasons)
      if (reason.type === 'question') questions.add(reason.questionId);
  }
  return questions;
}

interface Grouped {
  members: GatheredAction['members'];
  foldedFindOuts: string[];
  canonicalMember: number | null;
}

function groupItems(sources: readonly CycleSource[]): {
  groups: Map<string, Grouped>;
  actionOfItem: Map<string, string>;
} {
  const groups = new Map<string, Grouped>();
  const actionOfItem = new Map<string, string>();
  sources.forEach(({ questionnaire, result }, questionnaireIndex) => {
    if (result === null) return;
    const questionnaireId = questionnaire.definition.id;
    const explained = questionsBehindRecommendations(result.roadmap);
    const folded: { key: string; questionId: string }[] = [];
    for (const item of result.roadmap) {
      const key = actionKey(questionnaireId, item.key);
      if (item.kind === 'find-out' && explained.has(item.questionId)) {
        folded.push({ key, questionId: item.questionId });
        continue;
      }
      const target =
        item.kind === 'recommendation'
          ? questionnaire.recommendationById.get(item.recommendationId)?.sameAs
          : undefined;
      const ref = target === undefined ? null : parseRecommendationRef(target);
      const groupKey = ref === null ? key : recommendationActionKey(ref);
      let group = groups.get(groupKey);
      if (group === undefined) {
        group = { members: [], foldedFindOuts: [], canonicalMember: null };
        groups.set(groupKey, group);
      }
      if (key === groupKey) group.canonicalMember = group.members.length;
      group.members.push({ questionnaireId, key, item, questionnaireIndex });
      actionOfItem.set(key, groupKey);
    }
    // A folded "find out" belongs to every action with a recommendation that names its question.
    for (const { key, questionId } of folded) {
      const into = new Set<string>();
      for (const item of result.roadmap) {
        if (item.kind !== 'recommendation') continue;
        if (!item.reasons.some((r) => r.type === 'question' && r.questionId === questionId))
          continue;
        const groupKey = actionOfItem.get(actionKey(questionnaireId, item.key));
        if (groupKey !== undefined) into.add(groupKey);
      }
      for (const groupKey of into) groups.get(groupKey)?.foldedFindOuts.push(key);
    }
  });
  return { groups, actionOfItem };
}

function contentEstimate(
  members: GatheredAction['members'],
  sources: readonly CycleSource[],
): CostEstimate | null {
  for (const member of members) {
    if (member.item.kind !== 'recommendation') continue;
    const recommendation = sources[member.questionnaireIndex]?.questionnaire.recommendationById.get(
      member.item.recommendationId,
    );
    if (recommendation?.cost !== undefined) return recommendation.cost;
  }
  return null;
}

function gathered(
  key: string,
  group: Grouped,
  actionOfItem: ReadonlyMap<string, string>,
  sources: readonly CycleSource[],
): GatheredAction {
  const members = [...group.members];
  if (group.canonicalMember !== null && group.canonicalMember > 0) {
    const [canonical] = members.splice(group.canonicalMember, 1);
    if (canonical !== undefined) members.unshift(canonical);
  }
  const items = members.map((member) => member.item);
  // The earliest member decides the horizon; among those, the most urgent one its place.
  const earliest = Math.min(...items.map((item) => horizonRank(item.horizon)));
  const leading = members.filter((m) => horizonRank(m.item.horizon) === earliest);
  const urgency = leading
    .map((m): [number, number] => [m.item.priority, m.questionnaireIndex])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])[0] ?? [0, 0];
  const dependsOn = new Set<string>();
  for (const member of members) {
    for (const dependency of member.item.dependsOn) {
      const target = actionOfItem.get(actionKey(member.questionnaireId, dependency));
      if (target !== undefined && target !== key) dependsOn.add(target);
    }
  }
  return {
    key,
    members,
    foldedFindOuts: group.foldedFindOuts,
    horizon: leading[0]?.item.horizon ?? 'now',
    horizonRule: leading[0]?.item.horizonRule ?? 'effort-impact',
    essential: items.some(isEssentialItem),
    critical: items.some((item) => item.critical),
    effort: items.reduce<Effort>(
      (best, item) => (effortRank[item.effort] < effortRank[best] ? item.effort : best),
      'high',
    ),
    impact: items.reduce<Impact>(
      (best, item) => (impactRank[item.impact] < impactRank[best] ? item.impact : best),
      'low',
    ),
    dependsOn: [...dependsOn],
    estimate: contentEstimate(members, sources),
    urgency,
  };
}

/** The cycle's proposed actions, in the order the questionnaires list them. */
export function gatherActions(sources: readonly CycleSource[]): GatheredAction[] {
  const { groups, actionOfItem } = groupItems(sources);
  return [...groups].map(([key, group]) => gathered(key, group, actionOfItem, sources));
}
