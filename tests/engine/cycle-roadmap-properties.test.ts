import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSettled } from '../../src/engine/action-inputs';
import type { Answers } from '../../src/engine/answer';
import { assess } from '../../src/engine/assess';
import type { CycleRoadmap } from '../../src/engine/cycle-action';
import { buildCycleRoadmap, type CycleSource } from '../../src/engine/cycle-roadmap';
import { ruleForBand } from '../../src/engine/planning-rules';
import { HORIZONS } from '../../src/engine/roadmap';
import { timeline } from '../../src/engine/timeline';
import { cycleArbitrary, type GeneratedCycle } from '../support/cycle-arbitraries';
import { prepare } from '../support/example';

const rank = (horizon: (typeof HORIZONS)[number]) => HORIZONS.indexOf(horizon);

function sources(cycle: GeneratedCycle): CycleSource[] {
  return cycle.questionnaires.map(({ definition, answers }) => {
    const questionnaire = prepare(definition);
    return { questionnaire, result: assess(questionnaire, answers as Answers) };
  });
}

function build(
  cycle: GeneratedCycle,
  questionnaires: readonly CycleSource[],
  change: Partial<GeneratedCycle> = {},
): CycleRoadmap {
  const { decisions, ownActions, rules, staffBand } = { ...cycle, ...change };
  return buildCycleRoadmap({
    questionnaires,
    decisions,
    ownActions,
    planning: { rules, staffBand },
  });
}

const unsettled = (roadmap: CycleRoadmap) => roadmap.actions.filter((a) => !isSettled(a.status));

describe('cycle roadmap properties', () => {
  it('never moves an essential action out of Now unless leadership placed it elsewhere', () => {
    fc.assert(
      fc.property(cycleArbitrary, (cycle) => {
        const roadmap = build(cycle, sources(cycle));
        for (const action of roadmap.actions) {
          if (action.essential && !action.placedByLeadership) expect(action.horizon).toBe('now');
        }
      }),
    );
  });

  it('never holds more unsettled actions in Now than K, or than the essential and leadership-placed ones', () => {
    fc.assert(
      fc.property(cycleArbitrary, (cycle) => {
        const roadmap = build(cycle, sources(cycle));
        const limit = ruleForBand(cycle.rules, cycle.staffBand)?.nowCapacity;
        if (limit === undefined) {
          expect(roadmap.capacity).toBeNull();
          return;
        }
        const now = unsettled(roadmap).filter((a) => a.horizon === 'now');
        const staying = now.filter((a) => a.essential || a.placedByLeadership);
        expect(now.length).toBeLessThanOrEqual(Math.max(limit, staying.length));
      }),
    );
  });

  it('only ever moves actions from Now to Next when it applies the limit', () => {
    fc.assert(
      fc.property(cycleArbitrary, (cycle) => {
        const questionnaires = sources(cycle);
        const limited = build(cycle, questionnaires);
        const unlimited = build(cycle, questionnaires, { staffBand: undefined });
        const before = new Map(unlimited.actions.map((a) => [a.key, a]));
        let moved = 0;
        for (const action of limited.actions) {
          const was = before.get(action.key);
          expect(was).toBeDefined();
          if (was === undefined || was.horizon === action.horizon) continue;
          expect([was.horizon, action.horizon, action.horizonRule]).toEqual([
            'now',
            'next',
            'capacity',
          ]);
          moved += 1;
        }
        expect(limited.capacity?.moved ?? 0).toBe(moved);
      }),
    );
  });

  it('brings to Now the unsettled work an essential action in Now needs first, unless leadership placed it', () => {
    fc.assert(
      fc.property(cycleArbitrary, (cycle) => {
        const roadmap = build(cycle, sources(cycle));
        const byKey = new Map(roadmap.actions.map((a) => [a.key, a]));
        for (const action of unsettled(roadmap)) {
          if (!action.essential || action.horizon !== 'now') continue;
          for (const key of action.dependsOn) {
            const dependency = byKey.get(key);
            if (dependency === undefined || isSettled(dependency.status)) continue;
            if (dependency.placedByLeadership) continue;
            expect([dependency.horizon, dependency.essential]).toEqual(['now', true]);
          }
        }
      }),
    );
  });

  it('never leaves an action the rules placed earlier than unsettled work it depends on', () => {
    fc.assert(
      fc.property(cycleArbitrary, (cycle) => {
        const roadmap = build(cycle, sources(cycle));
        const byKey = new Map(roadmap.actions.map((a) => [a.key, a]));
        for (const action of unsettled(roadmap)) {
          if (action.placedByLeadership || (action.essential && action.horizon === 'now')) continue;
          for (const key of action.dependsOn) {
            const dependency = byKey.get(key);
            if (dependency === undefined || isSettled(dependency.status)) continue;
            expect(rank(dependency.horizon)).toBeLessThanOrEqual(rank(action.horizon));
          }
        }
      }),
    );
  });

  it('gives the same roadmap whatever order the decisions come in, and leaves its input as it was', () => {
    fc.assert(
      fc.property(cycleArbitrary, fc.func(fc.integer()), (cycle, order) => {
        const questionnaires = sources(cycle);
        const results = structuredClone(questionnaires.map((q) => q.result));
        const roadmap = build(cycle, questionnaires);
        const shuffled = [...cycle.decisions].sort(
          (a, b) => order(a.itemKey) - order(b.itemKey) || a.itemKey.localeCompare(b.itemKey),
        );
        expect(build(cycle, questionnaires, { decisions: shuffled })).toEqual(roadmap);
        expect(questionnaires.map((q) => q.result)).toEqual(results);
      }),
    );
  });

  it("keeps every item of every questionnaire's roadmap, once, as an action's member or folded into one", () => {
    fc.assert(
      fc.property(cycleArbitrary, (cycle) => {
        const questionnaires = sources(cycle);
        const roadmap = build(cycle, questionnaires);
        const members = roadmap.actions.flatMap((a) =>
          a.kind === 'proposed' ? a.members.map((m) => m.key) : [],
        );
        const folded = new Set(
          roadmap.actions.flatMap((a) => (a.kind === 'proposed' ? a.foldedFindOuts : [])),
        );
        expect(new Set(members).size).toBe(members.length);
        const expected = questionnaires.flatMap(({ questionnaire, result }) =>
          (result?.roadmap ?? []).map((item) => `${questionnaire.definition.id}/${item.key}`),
        );
        for (const key of expected) {
          expect(members.includes(key) !== folded.has(key)).toBe(true);
        }
        expect(members.length + folded.size).toBe(expected.length);
      }),
    );
  });

  it('lists actions by horizon, ranked 1 to n inside each, with one action per key', () => {
    fc.assert(
      fc.property(cycleArbitrary, (cycle) => {
        const roadmap = build(cycle, sources(cycle));
        const keys = roadmap.actions.map((a) => a.key);
        expect(new Set(keys).size).toBe(keys.length);
        for (const horizon of HORIZONS) {
          const ranks = roadmap.actions.filter((a) => a.horizon === horizon).map((a) => a.rank);
          expect(ranks).toEqual(ranks.map((_, i) => i + 1));
        }
        const order = roadmap.actions.map((a) => rank(a.horizon));
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }),
    );
  });

  it('counts every unsettled action in its totals once, as estimated or not, and never asks for more than it costs', () => {
    fc.assert(
      fc.property(cycleArbitrary, (cycle) => {
        const roadmap = build(cycle, sources(cycle));
        for (const horizon of [...HORIZONS, 'all'] as const) {
          const totals = roadmap.totals[horizon];
          const counted = unsettled(roadmap).filter(
            (a) => horizon === 'all' || a.horizon === horizon,
          ).length;
          expect(totals.actions).toBe(counted);
          expect(totals.cost.estimated + totals.cost.notEstimated.length).toBe(counted);
          for (const part of ['oneTime', 'perYear', 'staffHours'] as const) {
            const all = totals.cost[part];
            const ask = totals.notYetFunded[part];
            if (all !== null) expect(all.min).toBeLessThanOrEqual(all.max);
            if (ask !== null) expect(ask.max).toBeLessThanOrEqual(all?.max ?? -1);
          }
        }
      }),
    );
  });

  it('puts every action on the timeline exactly once', () => {
    fc.assert(
      fc.property(
        cycleArbitrary,
        fc.constantFrom('2026-01-01', '2026-11-30', '2027-12-31'),
        (cycle, today) => {
          const roadmap = build(cycle, sources(cycle));
          const placed = timeline(roadmap.actions, today);
          const all = [
            ...placed.quarters.flatMap((q) => q.actions),
            ...placed.overdue,
            ...placed.earlier,
            ...placed.later,
            ...placed.noTargetDate,
          ];
          expect(all).toHaveLength(roadmap.actions.length);
          expect(new Set(all).size).toBe(roadmap.actions.length);
        },
      ),
    );
  });
});
