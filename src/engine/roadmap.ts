// Turns triggered recommendations and "don't know" answers into a Now / Next / Later roadmap.
//
// Horizon rule, in order (documented in README "How the roadmap is built"):
// 1. a recommendation triggered by an unmet critical question is Now ("critical");
// 2. otherwise the content's horizon override applies ("override");
// 3. otherwise effort × impact decides (EFFORT_IMPACT_HORIZON below);
// 4. everything a critical item depends on is pulled to Now ("required-by-critical");
// 5. an item never lands earlier than a triggered item it depends on ("dependency");
// 6. each "don't know" on a scored question adds a "find out" item in Now.
// Inside a horizon: critical first, then higher impact, lower effort, definition order; dependencies
// always come before the items that need them.
import {
  evaluateCondition,
  type ConditionContext,
  type QuestionFact,
  type Reason,
} from './conditions';
import type { PreparedQuestionnaire } from './prepare';
import type { DimensionResult, HorizonRule, QuestionResult, RoadmapItem } from './result';
import type { Effort, Horizon, Impact } from './schema';

export const EFFORT_IMPACT_HORIZON: Readonly<Record<Effort, Readonly<Record<Impact, Horizon>>>> = {
  low: { high: 'now', medium: 'now', low: 'next' },
  medium: { high: 'next', medium: 'next', low: 'later' },
  high: { high: 'next', medium: 'later', low: 'later' },
};

export const HORIZONS: readonly Horizon[] = ['now', 'next', 'later'];
const horizonRank = (horizon: Horizon): number => HORIZONS.indexOf(horizon);
const impactRank: Record<Impact, number> = { high: 0, medium: 1, low: 2 };
const effortRank: Record<Effort, number> = { low: 0, medium: 1, high: 2 };

type WithoutPriority<T> = T extends unknown ? Omit<T, 'priority'> : never;

interface Draft {
  item: WithoutPriority<RoadmapItem>;
  order: number;
}

function triggerContext(
  questions: readonly QuestionResult[],
  dimensions: readonly DimensionResult[],
): ConditionContext {
  const facts = new Map<string, QuestionFact>();
  for (const question of questions) {
    const fact: QuestionFact = question.visible
      ? { status: question.status, score: question.score }
      : { status: 'unanswered', score: null };
    if (question.visible && question.value !== undefined) fact.value = question.value;
    facts.set(question.questionId, fact);
  }
  const dimensionScores = new Map(dimensions.map((d) => [d.dimensionId, d.score]));
  return {
    question: (id) => facts.get(id) ?? { status: 'unanswered', score: null },
    dimensionScore: (id) => dimensionScores.get(id) ?? null,
  };
}

/** Items in an order where each item's dependencies come first; cycles are broken, never looped. */
function dependencyOrder(drafts: readonly Draft[], byKey: ReadonlyMap<string, Draft>): Draft[] {
  const ordered: Draft[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (draft: Draft): void => {
    if (state.has(draft.item.key)) return;
    state.set(draft.item.key, 'visiting');
    for (const key of draft.item.dependsOn) {
      const dependency = byKey.get(key);
      if (dependency !== undefined) visit(dependency);
    }
    state.set(draft.item.key, 'done');
    ordered.push(draft);
  };
  drafts.forEach(visit);
  return ordered;
}

function recommendationDrafts(
  questionnaire: PreparedQuestionnaire,
  questions: readonly QuestionResult[],
  dimensions: readonly DimensionResult[],
): Draft[] {
  const context = triggerContext(questions, dimensions);
  const failedCritical = new Set(
    questions.filter((q) => q.criticalFailed).map((q) => q.questionId),
  );
  const triggered = new Map<string, { reasons: Reason[]; order: number }>();
  questionnaire.definition.recommendations.forEach((recommendation, order) => {
    // A client check's "what you can already do" lines are not actions (client-check/schema.ts).
    if ('section' in recommendation && recommendation.section === 'can-do') return;
    const evaluation = evaluateCondition(recommendation.trigger, context);
    if (evaluation.holds) triggered.set(recommendation.id, { reasons: evaluation.reasons, order });
  });

  const drafts: Draft[] = [];
  for (const [id, { reasons, order }] of triggered) {
    const recommendation = questionnaire.recommendationById.get(id);
    if (recommendation === undefined) continue;
    const critical = reasons.some(
      (reason) => reason.type === 'question' && failedCritical.has(reason.questionId),
    );
    let horizon: Horizon;
    let rule: HorizonRule;
    if (critical) [horizon, rule] = ['now', 'critical'];
    else if (recommendation.horizon !== undefined)
      [horizon, rule] = [recommendation.horizon, 'override'];
    else
      [horizon, rule] = [
        EFFORT_IMPACT_HORIZON[recommendation.effort][recommendation.impact],
        'effort-impact',
      ];
    drafts.push({
      order,
      item: {
        kind: 'recommendation',
        recommendationId: id,
        key: `rec:${id}`,
        horizon,
        horizonRule: rule,
        critical,
        effort: recommendation.effort,
        impact: recommendation.impact,
        dependsOn: recommendation.dependsOn
          .filter((dependency) => triggered.has(dependency))
          .map((dependency) => `rec:${dependency}`),
        reasons,
      },
    });
  }
  return drafts;
}

function findOutDrafts(
  questionnaire: PreparedQuestionnaire,
  questions: readonly QuestionResult[],
): Draft[] {
  const offset = questionnaire.definition.recommendations.length;
  return questions.flatMap((question, index) =>
    question.visible && question.scored && question.status === 'dont-know'
      ? [
          {
            order: offset + index,
            item: {
              kind: 'find-out' as const,
              questionId: question.questionId,
              key: `find-out:${question.questionId}`,
              horizon: 'now' as const,
              horizonRule: 'find-out' as const,
              critical: question.critical,
              effort: 'low' as const,
              impact: question.critical ? ('high' as const) : ('medium' as const),
              dependsOn: [],
              reasons: [
                {
                  type: 'question' as const,
                  questionId: question.questionId,
                  condition: { op: 'dont-know' as const, question: question.questionId },
                  status: question.status,
                },
              ],
            },
          },
        ]
      : [],
  );
}

function applyDependencyRules(drafts: readonly Draft[], byKey: ReadonlyMap<string, Draft>): void {
  // A dependency already in Now (by an override) is still followed: what it needs must come to Now
  // too, or the dependency rule below would push it, and the critical action, back out of Now.
  const pulled = new Set<Draft>();
  const pullToNow = (draft: Draft): void => {
    for (const key of draft.item.dependsOn) {
      const dependency = byKey.get(key);
      if (dependency === undefined || dependency.item.critical || pulled.has(dependency)) continue;
      pulled.add(dependency);
      dependency.item.horizon = 'now';
      dependency.item.horizonRule = 'required-by-critical';
      pullToNow(dependency);
    }
  };
  drafts.filter((draft) => draft.item.critical).forEach(pullToNow);

  for (const draft of dependencyOrder(drafts, byKey)) {
    for (const key of draft.item.dependsOn) {
      const dependency = byKey.get(key);
      if (dependency && horizonRank(dependency.item.horizon) > horizonRank(draft.item.horizon)) {
        draft.item.horizon = dependency.item.horizon;
        draft.item.horizonRule = 'dependency';
      }
    }
  }
}

function compareDrafts(a: Draft, b: Draft): number {
  return (
    Number(b.item.critical) - Number(a.item.critical) ||
    impactRank[a.item.impact] - impactRank[b.item.impact] ||
    effortRank[a.item.effort] - effortRank[b.item.effort] ||
    a.order - b.order
  );
}

export function buildRoadmap(
  questionnaire: PreparedQuestionnaire,
  questions: readonly QuestionResult[],
  dimensions: readonly DimensionResult[],
): RoadmapItem[] {
  const drafts = [
    ...recommendationDrafts(questionnaire, questions, dimensions),
    ...findOutDrafts(questionnaire, questions),
  ];
  const byKey = new Map(drafts.map((draft) => [draft.item.key, draft]));
  applyDependencyRules(drafts, byKey);

  const roadmap: RoadmapItem[] = [];
  for (const horizon of HORIZONS) {
    const inHorizon = drafts.filter((draft) => draft.item.horizon === horizon).sort(compareDrafts);
    const sameHorizon = new Map(inHorizon.map((draft) => [draft.item.key, draft]));
    dependencyOrder(inHorizon, sameHorizon).forEach((draft, index) => {
      // The drafts are this call's own objects: give them their priority rather than copy them.
      roadmap.push(Object.assign(draft.item, { priority: index + 1 }));
    });
  }
  return roadmap;
}
