// fast-check generators for the cycle roadmap: up to three generated questionnaires with answers,
// sameAs links into the first one, leadership's decisions on any key they can produce, own actions,
// planning rules and a staff band (or none).
import fc from 'fast-check';
import {
  actionStatuses,
  type ActionDecision,
  type OwnAction,
} from '../../src/engine/action-inputs';
import { fundingSources, type Funding } from '../../src/engine/funding';
import { staffBands, type PlanningRules } from '../../src/engine/planning-rules';
import type { Condition, CostEstimate, QuestionnaireInput } from '../../src/engine/schema';
import { questionnaireWithAnswers } from './arbitraries';

const range = fc
  .tuple(fc.integer({ min: 0, max: 50_000 }), fc.integer({ min: 0, max: 50_000 }))
  .map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }));

export const costArbitrary: fc.Arbitrary<CostEstimate> = fc
  .record(
    {
      oneTime: range,
      recurring: fc.record({
        min: fc.constant(0),
        max: fc.integer({ min: 0, max: 500 }),
        per: fc.constantFrom('month' as const, 'year' as const),
        scope: fc.constantFrom('organization' as const, 'staff' as const),
      }),
      staffHours: range,
    },
    { requiredKeys: [] },
  )
  .filter((cost) => Object.keys(cost).length > 0);

export const fundingArbitrary: fc.Arbitrary<Funding> = fc
  .constantFrom(...fundingSources)
  .map((source) => (source === 'other-funder' ? { source, funder: 'Fondation' } : { source }));

const horizon = fc.constantFrom('now' as const, 'next' as const, 'later' as const);

const decisionFields = fc.record(
  {
    status: fc.constantFrom(...actionStatuses),
    horizon,
    cost: costArbitrary,
    funding: fundingArbitrary,
    owner: fc.string({ maxLength: 12 }),
    targetDate: fc.constantFrom('2026-01-15', '2026-11-30', '2027-06-01', '2030-01-01'),
    updatedAt: fc.constantFrom(
      '2026-01-01T00:00:00Z',
      '2026-02-01T00:00:00Z',
      '2026-02-01T00:00:00-05:00',
      'not a date',
    ),
  },
  { requiredKeys: [] },
);

export const ownActionArbitrary = (id: string): fc.Arbitrary<OwnAction> =>
  fc
    .record(
      { horizon, status: fc.constantFrom(...actionStatuses), cost: costArbitrary },
      { requiredKeys: ['horizon'] },
    )
    .map((fields) => ({ id, title: `Own action ${id}`, ...fields }));

export const planningRulesArbitrary: fc.Arbitrary<PlanningRules> = fc
  .array(fc.integer({ min: 1, max: 6 }), { minLength: 5, maxLength: 5 })
  .map((capacities) => ({
    bands: {
      '1-5': { staffForCosts: 3, nowCapacity: capacities[0] ?? 1 },
      '6-15': { staffForCosts: 10, nowCapacity: capacities[1] ?? 1 },
      '16-50': { staffForCosts: 33, nowCapacity: capacities[2] ?? 1 },
      '51-200': { staffForCosts: 125, nowCapacity: capacities[3] ?? 1 },
      '200+': { staffForCosts: 250, nowCapacity: capacities[4] ?? 1 },
    },
  }));

/** Every key a questionnaire's roadmap can give an item, as the cycle roadmap knows it. */
function possibleKeys(definition: QuestionnaireInput): string[] {
  return [
    ...(definition.recommendations ?? []).map((r) => `${definition.id}/rec:${r.id}`),
    ...definition.questions.map((q) => `${definition.id}/find-out:${q.id}`),
  ];
}

export interface GeneratedCycle {
  questionnaires: { definition: QuestionnaireInput; answers: Record<string, unknown> }[];
  decisions: ActionDecision[];
  ownActions: OwnAction[];
  rules: PlanningRules;
  staffBand: string | undefined;
}

export const cycleArbitrary: fc.Arbitrary<GeneratedCycle> = fc
  .array(questionnaireWithAnswers, { minLength: 1, maxLength: 3 })
  .chain((generated) => {
    const first = generated[0]?.definition.recommendations ?? [];
    // Later questionnaires may link recommendations to the first one's (the canonical ones).
    const linked = generated.map(({ definition, answers }, i) =>
      fc
        .array(
          fc.record({
            link: fc.option(fc.nat({ max: Math.max(0, first.length - 1) }), { nil: undefined }),
            orDontKnow: fc.boolean(),
          }),
          {
            minLength: definition.recommendations?.length ?? 0,
            maxLength: definition.recommendations?.length ?? 0,
          },
        )
        .map((choices) => {
          const id = `g${i}`;
          const recommendations = (definition.recommendations ?? []).map((r, j) => {
            const { link, orDontKnow } = choices[j] ?? {};
            // Some also trigger on "don't know", so their "find out" item is folded into them.
            // The generator writes triggers as conditions; the input type of a lazy schema is unknown.
            const base = r.trigger as Condition;
            const trigger: Condition =
              orDontKnow === true && 'question' in base
                ? { op: 'any', conditions: [base, { op: 'dont-know', question: base.question }] }
                : base;
            return i > 0 && link !== undefined && first.length > 0
              ? { ...r, trigger, sameAs: `g0/r${link}` }
              : { ...r, trigger };
          });
          return { definition: { ...definition, id, recommendations }, answers };
        }),
    );
    return fc.tuple(...linked);
  })
  .chain((questionnaires) => {
    const keys = questionnaires.flatMap(({ definition }) => possibleKeys(definition));
    return fc.record({
      questionnaires: fc.constant(questionnaires),
      decisions: fc
        .uniqueArray(fc.constantFrom(...keys), { maxLength: 12 })
        .chain((picked) =>
          fc.tuple(
            ...picked.map((itemKey) =>
              decisionFields.map((fields): ActionDecision => ({ itemKey, ...fields })),
            ),
          ),
        ),
      ownActions: fc
        .integer({ min: 0, max: 6 })
        .chain((count) =>
          fc.tuple(...Array.from({ length: count }, (_, i) => ownActionArbitrary(`o${i}`))),
        ),
      rules: planningRulesArbitrary,
      staffBand: fc.option(fc.constantFrom<string>(...staffBands, 'unknown'), { nil: undefined }),
    });
  });
