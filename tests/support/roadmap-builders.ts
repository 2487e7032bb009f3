// Builders for cycle roadmap tests: tiny questionnaires where each recommendation has its own
// yes/partly/no question, answered "no" to trigger it, and the shipped planning rules.
import { readFileSync } from 'node:fs';
import type { Answers } from '../../src/engine/answer';
import { assess } from '../../src/engine/assess';
import {
  buildCycleRoadmap,
  type CycleRoadmapInput,
  type CycleSource,
} from '../../src/engine/cycle-roadmap';
import type { CycleAction, CycleRoadmap } from '../../src/engine/cycle-action';
import { planningRulesSchema, type PlanningRules } from '../../src/engine/planning-rules';
import type { PreparedQuestionnaire } from '../../src/engine/prepare';
import type { Condition, CostEstimate, QuestionnaireInput } from '../../src/engine/schema';
import { prepare } from './example';

export const shippedRules: PlanningRules = planningRulesSchema.parse(
  JSON.parse(readFileSync('assessments/roadmap-planning.json', 'utf8')),
);

const text = (s: string) => ({ en: s, fr: `${s} (fr)` });

export interface RecommendationSpec {
  id: string;
  effort?: 'low' | 'medium' | 'high';
  impact?: 'low' | 'medium' | 'high';
  /** Its question is critical, so a "no" makes it essential. */
  critical?: boolean;
  horizon?: 'now' | 'next' | 'later';
  dependsOn?: string[];
  sameAs?: string;
  cost?: CostEstimate;
  /** Also triggered by "don't know" on its question. */
  orDontKnow?: boolean;
}

/** The question behind a recommendation spec. */
export const questionOf = (recommendationId: string) => `q-${recommendationId}`;

/** A questionnaire with one dimension and one question per recommendation. */
export function tinyQuestionnaire(
  id: string,
  specs: readonly RecommendationSpec[],
): PreparedQuestionnaire {
  const definition: QuestionnaireInput = {
    id,
    version: '1.0.0',
    respondent: 'organization',
    title: text(id),
    description: text(id),
    dimensions: [{ id: 'd', title: text('d'), description: text('d') }],
    questions: specs.map((spec) => ({
      id: questionOf(spec.id),
      dimension: 'd',
      kind: 'yes-partly-no' as const,
      prompt: text(spec.id),
      critical: spec.critical ?? false,
    })),
    levels: [
      { id: 'low', lowerBound: 0, label: text('low'), description: text('low') },
      { id: 'high', lowerBound: 50, label: text('high'), description: text('high') },
    ],
    criticalCap: { level: 'low', message: text('cap') },
    recommendations: specs.map((spec) => {
      const below: Condition = { op: 'score-below', question: questionOf(spec.id), value: 1 };
      return {
        id: spec.id,
        title: text(spec.id),
        body: text(spec.id),
        effort: spec.effort ?? 'low',
        impact: spec.impact ?? 'high',
        trigger: spec.orDontKnow
          ? { op: 'any', conditions: [below, { op: 'dont-know', question: questionOf(spec.id) }] }
          : below,
        dependsOn: spec.dependsOn ?? [],
        ...(spec.horizon ? { horizon: spec.horizon } : {}),
        ...(spec.sameAs ? { sameAs: spec.sameAs } : {}),
        ...(spec.cost ? { cost: spec.cost } : {}),
      };
    }),
  };
  return prepare(definition);
}

/** Every question answered "no" (all recommendations triggered), with some answers replaced. */
export function allNo(questionnaire: PreparedQuestionnaire, change: Answers = {}): Answers {
  return {
    ...Object.fromEntries(
      questionnaire.definition.questions.map((q) => [q.id, { value: 'no' }] as const),
    ),
    ...change,
  };
}

/** A questionnaire scored on answers, as the cycle roadmap takes it. */
export function scored(questionnaire: PreparedQuestionnaire, answers?: Answers): CycleSource {
  return { questionnaire, result: assess(questionnaire, answers ?? allNo(questionnaire)) };
}

export function cycleRoadmap(
  questionnaires: readonly CycleSource[],
  options: Partial<Omit<CycleRoadmapInput, 'questionnaires' | 'planning'>> & {
    staffBand?: string;
  } = {},
): CycleRoadmap {
  const { staffBand, ...rest } = options;
  return buildCycleRoadmap({
    questionnaires,
    ...rest,
    planning: { rules: shippedRules, staffBand },
  });
}

/** "horizon key (rule)" per action, in roadmap order. */
export const placement = (roadmap: CycleRoadmap): string[] =>
  roadmap.actions.map((a) => `${a.horizon} ${a.key} (${a.horizonRule})`);

export function actionByKey(roadmap: CycleRoadmap, key: string): CycleAction {
  const action = roadmap.actions.find((a) => a.key === key);
  if (action === undefined) throw new Error(`no action ${key}`);
  return action;
}
