import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  outcomesReportable,
  summarizeChecks,
  type CheckRecordFacts,
} from '../../../src/engine/client-check/outcomes';
import { clientLanguages } from '../../../src/engine/client-check/schema';

const AREAS = ['device', 'safety'];
const LEVELS = ['getting-started', 'building', 'confident'];

const check = (overrides: Partial<CheckRecordFacts> = {}): CheckRecordFacts => ({
  month: '2026-03',
  language: 'ar',
  mode: 'client-mode',
  levels: { device: 'confident', safety: 'building' },
  ...overrides,
});

describe('client outcomes', () => {
  it('counts each area by level, and who needed help (any level below the top)', () => {
    const outcomes = summarizeChecks(
      [
        check(),
        check({ levels: { device: 'building', safety: 'getting-started' } }),
        check({ levels: { device: 'confident', safety: null } }),
      ],
      AREAS,
      LEVELS,
    );
    expect(outcomes.areas).toEqual([
      {
        areaId: 'device',
        byLevel: { 'getting-started': 0, building: 1, confident: 2 },
        noLevel: 0,
        withLevel: 3,
        belowTop: 1,
      },
      {
        areaId: 'safety',
        byLevel: { 'getting-started': 1, building: 1, confident: 0 },
        noLevel: 1,
        withLevel: 2,
        belowTop: 2,
      },
    ]);
  });

  it('counts a level the questionnaire does not know as no level, never as a level', () => {
    const outcomes = summarizeChecks(
      [check({ levels: { device: 'expert', safety: 'confident' } })],
      AREAS,
      LEVELS,
    );
    expect(outcomes.areas[0]).toMatchObject({ noLevel: 1, withLevel: 0, belowTop: 0 });
  });

  it('counts by language, program, way of checking and month, one attribute at a time', () => {
    const outcomes = summarizeChecks(
      [
        check({ program: 'LINC' }),
        check({ language: 'es', month: '2026-01', mode: 'read-aloud' }),
        check({ program: 'LINC', month: '2026-05' }),
      ],
      AREAS,
      LEVELS,
    );
    expect(outcomes.total).toBe(3);
    expect(outcomes.byLanguage).toEqual({ ar: 2, es: 1 });
    expect(outcomes.byProgram).toEqual([
      { program: 'LINC', count: 2 },
      { program: null, count: 1 },
    ]);
    expect(outcomes.byMode).toEqual({ 'client-mode': 2, 'read-aloud': 1 });
    expect(outcomes.byMonth).toEqual([
      { month: '2026-01', count: 1 },
      { month: '2026-03', count: 1 },
      { month: '2026-05', count: 1 },
    ]);
    expect([outcomes.firstMonth, outcomes.lastMonth]).toEqual(['2026-01', '2026-05']);
  });

  it('prints figures for funders only from five checks on', () => {
    const four = summarizeChecks([check(), check(), check(), check()], AREAS, LEVELS);
    expect(outcomesReportable(four)).toBe(false);
    const five = summarizeChecks([check(), check(), check(), check(), check()], AREAS, LEVELS);
    expect(outcomesReportable(five)).toBe(true);
  });

  it('adds up: every count of an attribute sums to the number of checks', () => {
    const level = fc.constantFrom<string | null>(...LEVELS, null, 'unknown');
    const record = fc.record({
      month: fc.constantFrom('2026-01', '2026-02', '2027-12'),
      language: fc.constantFrom(...clientLanguages),
      mode: fc.constantFrom('client-mode' as const, 'read-aloud' as const),
      program: fc.option(fc.constantFrom('LINC', 'Youth', 'Employment'), { nil: undefined }),
      levels: fc.record({ device: level, safety: level }),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 40 }), (records) => {
        const facts = records.map(({ program, ...rest }) =>
          program === undefined ? rest : { ...rest, program },
        );
        const outcomes = summarizeChecks(facts, AREAS, LEVELS);
        const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
        expect(sum(Object.values(outcomes.byLanguage))).toBe(records.length);
        expect(sum(outcomes.byProgram.map((p) => p.count))).toBe(records.length);
        expect(sum(outcomes.byMonth.map((m) => m.count))).toBe(records.length);
        expect(sum(Object.values(outcomes.byMode))).toBe(records.length);
        for (const area of outcomes.areas) {
          expect(sum(Object.values(area.byLevel)) + area.noLevel).toBe(records.length);
          expect(area.belowTop).toBe(area.withLevel - (area.byLevel.confident ?? 0));
        }
      }),
    );
  });
});
