import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScoreTally, quantile } from '../../../src/engine/sector-snapshot/quantiles';

const tally = (scores: readonly number[]) => {
  const t = new ScoreTally();
  for (const score of scores) t.add(score);
  return t;
};

describe('quartiles (type 7, as QUARTILE.INC and DuckDB quantile_cont)', () => {
  it('gives the figures a spreadsheet gives', () => {
    // QUARTILE.INC({1,2,3,4}) = 1.75, 2.5, 3.25
    expect([0.25, 0.5, 0.75].map((p) => quantile([1, 2, 3, 4], p))).toEqual([1.75, 2.5, 3.25]);
    // five values: the 2nd, 3rd and 4th exactly
    expect([0.25, 0.5, 0.75].map((p) => quantile([10, 20, 30, 40, 50], p))).toEqual([20, 30, 40]);
    // QUARTILE.INC({35,48,48,60,61,90}) = 48, 54, 60.75
    expect([0.25, 0.5, 0.75].map((p) => quantile([35, 48, 48, 60, 61, 90], p))).toEqual([
      48, 54, 60.75,
    ]);
  });

  it('reads the same quartiles from a tally of whole points as from the sorted scores', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 60 }),
        fc.constantFrom(0, 0.25, 0.5, 0.75, 1),
        (scores, p) => {
          const sorted = [...scores].sort((a, b) => a - b);
          expect(tally(scores).quantile(p)).toBe(quantile(sorted, p));
        },
      ),
    );
  });

  it('keeps q1 ≤ median ≤ q3 within the lowest and highest score, on quarter points', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 60 }),
        (scores) => {
          const t = tally(scores);
          const [q1, median, q3] = [t.quantile(0.25), t.quantile(0.5), t.quantile(0.75)];
          expect(Math.min(...scores)).toBeLessThanOrEqual(q1);
          expect(q1).toBeLessThanOrEqual(median);
          expect(median).toBeLessThanOrEqual(q3);
          expect(q3).toBeLessThanOrEqual(Math.max(...scores));
          for (const q of [q1, median, q3]) expect(Number.isInteger(q * 4)).toBe(true);
        },
      ),
    );
  });

  it('refuses to take a quantile of nothing', () => {
    expect(() => quantile([], 0.5)).toThrow(RangeError);
    expect(() => new ScoreTally().quantile(0.5)).toThrow(RangeError);
  });
});

describe('the histogram', () => {
  it('puts each score in its fixed bin, 80 to 100 included in the last', () => {
    expect(tally([0, 19, 20, 39, 40, 59, 60, 79, 80, 100, 100]).histogram()).toEqual([
      2, 2, 2, 2, 3,
    ]);
  });
});
