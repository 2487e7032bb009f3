// Fuzzing the roadmap's new input shapes: cost estimates, funding, planning rules, example answer sets
// and definitions with costs and sameAs links parse any JSON into a value or issues without throwing;
// the cycle roadmap and its timeline take any decisions and own actions that pass those shapes (keys
// such as "__proto__", clashing and unreadable dates, ranges written highest first) and stay sound.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActionDecision, OwnAction } from '../../src/engine/action-inputs';
import { actionStatuses } from '../../src/engine/action-inputs';
import { assess } from '../../src/engine/assess';
import { costEstimateIssues } from '../../src/engine/cost-checks';
import { buildCycleRoadmap } from '../../src/engine/cycle-roadmap';
import { exampleAnswersSchema } from '../../src/engine/example-answers';
import { fundingSchema } from '../../src/engine/funding';
import {
  checkPlanningRules,
  planningRulesSchema,
  staffBands,
} from '../../src/engine/planning-rules';
import { parseQuestionnaire } from '../../src/engine/prepare';
import { costEstimateSchema } from '../../src/engine/schema';
import { parseDate, timeline } from '../../src/engine/timeline';
import { validateQuestionnaire } from '../../src/engine/validate';
import { cycleArbitrary } from '../support/cycle-arbitraries';
import { exampleCopy, prepare, worstAnswers } from '../support/example';
import { shippedRules } from '../support/roadmap-builders';
import { hostileKeys, mutate, mutations, prototypeIntact, randomJson, type Json } from './hostile';

const limits = { interruptAfterTimeLimit: 15_000, markInterruptAsFailure: true };

const validCost: Json = {
  oneTime: { min: 1500, max: 4000 },
  recurring: { min: 5.5, max: 8, per: 'month', scope: 'staff' },
  staffHours: { min: 4, max: 8 },
  asOf: '2026-04',
  basis: { en: 'Vendor quote', fr: 'Soumission du fournisseur' },
};
const validPlanning = structuredClone(shippedRules) as unknown as Json;
const validExample: Json = {
  questionnaire: 'example',
  version: '1.0.0',
  title: { en: 'Small centre', fr: 'Petit centre' },
  description: { en: 'Six staff', fr: 'Six employés' },
  staffBand: '6-15',
  answers: { backups: { value: 'no' } },
};

/** The example definition with costs and sameAs links on its recommendations. */
function definitionWithNewFields(): Json {
  const definition = exampleCopy();
  definition.recommendations = definition.recommendations.map((recommendation, i) => ({
    ...recommendation,
    cost: validCost,
    ...(i > 0 ? { sameAs: 'example/turn-on-mfa' } : {}),
  }));
  return definition as unknown as Json;
}

const shapes = [
  { name: 'cost estimate', schema: costEstimateSchema, valid: validCost },
  {
    name: 'funding',
    schema: fundingSchema,
    valid: { source: 'other-funder', funder: 'Centraide' },
  },
  { name: 'planning rules', schema: planningRulesSchema, valid: validPlanning },
  { name: 'example answer set', schema: exampleAnswersSchema, valid: validExample },
] as const;

describe('fuzzing the roadmap input shapes', { timeout: 60_000 }, () => {
  it.each(shapes)(
    'parses any JSON, and near-valid ones, as a $name or issues',
    ({ schema, valid }) => {
      fc.assert(
        fc.property(
          fc.oneof(
            randomJson,
            mutations.map((m) => mutate(valid, m)),
          ),
          (raw) => {
            const parsed = schema.safeParse(raw);
            if (!parsed.success) expect(parsed.error.issues.length).toBeGreaterThan(0);
            expect(prototypeIntact()).toBe(true);
          },
        ),
        { numRuns: 500, ...limits },
      );
    },
  );

  it('checks any parsed planning rules and cost estimates without throwing', () => {
    fc.assert(
      fc.property(mutations, mutations, (planningChanges, costChanges) => {
        const rules = planningRulesSchema.safeParse(mutate(validPlanning, planningChanges));
        if (rules.success) checkPlanningRules(rules.data);
        const cost = costEstimateSchema.safeParse(mutate(validCost, costChanges));
        if (cost.success) costEstimateIssues(cost.data);
      }),
      { numRuns: 500, ...limits },
    );
  });

  it('parses near-valid definitions with costs and sameAs, and builds a roadmap from those that parse', () => {
    const base = definitionWithNewFields();
    fc.assert(
      fc.property(mutations, fc.constantFrom(...staffBands, undefined), (changes, staffBand) => {
        const raw = mutate(base, changes);
        const parsed = parseQuestionnaire(raw);
        validateQuestionnaire(raw);
        if (parsed.ok) {
          const questionnaire = parsed.questionnaire;
          const roadmap = buildCycleRoadmap({
            questionnaires: [{ questionnaire, result: assess(questionnaire, worstAnswers) }],
            planning: { rules: shippedRules, staffBand },
          });
          for (const action of roadmap.actions) {
            const cost = action.cost;
            if (cost?.oneTime) expect(cost.oneTime.min).toBeLessThanOrEqual(cost.oneTime.max);
          }
        }
        expect(prototypeIntact()).toBe(true);
      }),
      { numRuns: 600, ...limits },
    );
  });
});

/** Decisions and own actions as storage would hand them over: right shapes, any content. */
const hostileText = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(...hostileKeys, 'تدريب', '研修', 'Hélène « TI » ; urgent !'),
);
const hostileDate = fc.oneof(
  fc.constantFrom('2026-02-29', '2028-02-29', '0000-00-00', '', 'today', '2026-12-31'),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
/** Costs as a schema lets through: any figures in bounds, ranges possibly written highest first. */
const hostileCost = fc
  .record({
    figures: fc.tuple(fc.double({ min: 0, max: 1e7, noNaN: true }), fc.nat(1e7)),
    per: fc.constantFrom('month' as const, 'year' as const),
  })
  .map(({ figures: [a, b], per }) => ({
    oneTime: { min: a, max: b },
    recurring: { min: b, max: a, per, scope: 'staff' as const },
  }));

const hostileDecision: fc.Arbitrary<ActionDecision> = fc.record(
  {
    itemKey: fc.oneof(hostileText, fc.constantFrom('g0/rec:r0', 'g1/rec:r1', 'g0/find-out:q0')),
    status: fc.constantFrom(...actionStatuses),
    horizon: fc.constantFrom('now' as const, 'next' as const, 'later' as const),
    owner: hostileText,
    targetDate: hostileDate,
    note: hostileText,
    cost: hostileCost,
    updatedAt: fc.oneof(hostileText, fc.constant('2026-01-01T00:00:00Z')),
  },
  { requiredKeys: ['itemKey'] },
);

const hostileOwnAction: fc.Arbitrary<OwnAction> = fc.record(
  {
    id: hostileText,
    title: hostileText,
    horizon: fc.constantFrom('now' as const, 'next' as const, 'later' as const),
    status: fc.constantFrom(...actionStatuses),
    targetDate: hostileDate,
  },
  { requiredKeys: ['id', 'title', 'horizon'] },
);

describe('fuzzing the cycle roadmap', { timeout: 60_000 }, () => {
  it('takes any decisions and own actions, and keeps totals and the timeline sound', () => {
    fc.assert(
      fc.property(
        cycleArbitrary,
        fc.array(hostileDecision, { maxLength: 10 }),
        fc.array(hostileOwnAction, { maxLength: 8 }),
        hostileDate,
        (cycle, decisions, ownActions, today) => {
          const questionnaires = cycle.questionnaires.map(({ definition, answers }) => {
            const questionnaire = prepare(definition);
            return { questionnaire, result: assess(questionnaire, answers as never) };
          });
          const roadmap = buildCycleRoadmap({
            questionnaires,
            decisions: [...cycle.decisions, ...decisions],
            ownActions,
            planning: { rules: cycle.rules, staffBand: cycle.staffBand },
          });
          for (const part of ['oneTime', 'perYear', 'staffHours'] as const) {
            const sum = roadmap.totals.all.cost[part];
            if (sum !== null) {
              expect(Number.isFinite(sum.min) && Number.isFinite(sum.max)).toBe(true);
              expect(sum.min).toBeLessThanOrEqual(sum.max);
            }
          }
          for (const own of ownActions) {
            const found = roadmap.actions.find((a) => a.kind === 'own' && a.action === own);
            expect(found?.kind === 'own' && found.action.title).toBe(own.title);
          }
          if (parseDate(today) !== null) {
            const placed = timeline(roadmap.actions, today);
            const count =
              placed.quarters.reduce((n, q) => n + q.actions.length, 0) +
              placed.overdue.length +
              placed.earlier.length +
              placed.later.length +
              placed.noTargetDate.length;
            expect(count).toBe(roadmap.actions.length);
          }
          expect(prototypeIntact()).toBe(true);
        },
      ),
      { numRuns: 400, ...limits },
    );
  });
});
