// The suppression rule as properties over random sets of contributions: no published figure stands on
// fewer than 5 contributions, and no subtraction of published views leaves a group of 1 to 4.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregate,
  indexBenchmark,
  MINIMUM_COUNT,
  peerAttributes,
  pickView,
  regionOf,
  viewKey,
  viewList,
  type Benchmark,
  type BenchmarkCell,
  type Contribution,
  type View,
} from '../../../src/engine/sector-snapshot';
import { contributionSetArbitrary, exampleDefinitions } from '../../support/sector-builders';

const measures = [null, 'security', 'skills'] as const;
const safeGap = (count: number) => count === 0 || count >= MINIMUM_COUNT;

/** Ground truth, from the contributions themselves: who is in a view and has a score in a measure. */
function members(contributions: readonly Contribution[], dimension: string | null, view: View) {
  const inView = (c: Contribution) => {
    if (view === 'all') return true;
    const { province, communitySize, staffBand } = c.profile;
    switch (view.attribute) {
      case 'province':
        return province === view.value;
      case 'region':
        return province !== null && regionOf(province) === view.value;
      case 'communitySize':
        return communitySize === view.value;
      case 'staffBand':
        return staffBand === view.value;
    }
  };
  const scored = (c: Contribution) => {
    const entry = c.questionnaires[0];
    const score =
      dimension === null ? entry?.overall : entry?.dimensions.find((d) => d.id === dimension);
    return score?.score !== null && score !== undefined;
  };
  return new Set(contributions.filter((c) => inView(c) && scored(c)).map((c) => c.id));
}

const isSubset = (inner: ReadonlySet<string>, outer: ReadonlySet<string>) =>
  [...inner].every((id) => outer.has(id));

function publishedCells(benchmark: Benchmark, dimension: string | null): BenchmarkCell[] {
  return benchmark.questionnaires[0]?.measures.find((m) => m.dimension === dimension)?.cells ?? [];
}

const options = { year: 2026, definitions: exampleDefinitions };

describe('the suppression rule (properties)', () => {
  it('publishes no cell of fewer than 5 contributions, and every count is the true count', () => {
    fc.assert(
      fc.property(contributionSetArbitrary, (contributions) => {
        const benchmark = aggregate(contributions, options);
        for (const dimension of measures) {
          for (const cell of publishedCells(benchmark, dimension)) {
            expect(cell.n).toBeGreaterThanOrEqual(MINIMUM_COUNT);
            expect(cell.n).toBe(members(contributions, dimension, cell.view).size);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('leaves 0 or at least 5 contributions when any published view is taken from one containing it', () => {
    fc.assert(
      fc.property(contributionSetArbitrary, (contributions) => {
        const benchmark = aggregate(contributions, options);
        for (const dimension of measures) {
          const cells = publishedCells(benchmark, dimension).map((cell) => ({
            cell,
            ids: members(contributions, dimension, cell.view),
          }));
          for (const outer of cells)
            for (const inner of cells)
              if (isSubset(inner.ids, outer.ids))
                expect(safeGap(outer.ids.size - inner.ids.size)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('leaves 0 or at least 5 contributions when two filters picked at random are subtracted', () => {
    const viewArbitrary = fc.constantFrom(...viewList.map((spec) => spec.view));
    fc.assert(
      fc.property(
        contributionSetArbitrary,
        viewArbitrary,
        viewArbitrary,
        fc.constantFrom(...measures),
        (contributions, first, second, dimension) => {
          const index = indexBenchmark(aggregate(contributions, options));
          const pick = (view: View) =>
            pickView(index, 'example', '1.0.0', view).find((m) => m.dimension === dimension)
              ?.cell ?? null;
          const a = pick(first);
          const b = pick(second);
          if (a === null || b === null) return;
          const aIds = members(contributions, dimension, first);
          const bIds = members(contributions, dimension, second);
          if (isSubset(bIds, aIds)) expect(safeGap(a.n - b.n)).toBe(true);
          if (isSubset(aIds, bIds)) expect(safeGap(b.n - a.n)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('leaves 0 or at least 5 contributions outside the published values of each attribute', () => {
    fc.assert(
      fc.property(contributionSetArbitrary, (contributions) => {
        const benchmark = aggregate(contributions, options);
        for (const dimension of measures) {
          const cells = publishedCells(benchmark, dimension);
          const all = cells.find((cell) => cell.view === 'all');
          if (all === undefined) {
            expect(cells).toEqual([]);
            continue;
          }
          for (const attribute of peerAttributes) {
            const published = cells.filter(
              (cell) => cell.view !== 'all' && cell.view.attribute === attribute,
            );
            expect(safeGap(all.n - published.reduce((sum, cell) => sum + cell.n, 0))).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('leaves no group of 1 to 4 when any disjoint published views of one family are taken from a view containing them', () => {
    // An attacker's search: every set of published views of one family (geography, community size,
    // staff band) that do not overlap and lie inside a published view, subtracted from it.
    const familyOf = (view: View) =>
      view === 'all'
        ? 'all'
        : view.attribute === 'region' || view.attribute === 'province'
          ? 'geography'
          : view.attribute;
    fc.assert(
      fc.property(contributionSetArbitrary, (contributions) => {
        const benchmark = aggregate(contributions, options);
        for (const dimension of measures) {
          const cells = publishedCells(benchmark, dimension).map((cell) => ({
            key: viewKey(cell.view),
            family: familyOf(cell.view),
            ids: members(contributions, dimension, cell.view),
          }));
          for (const outer of cells) {
            for (const family of ['geography', 'communitySize', 'staffBand']) {
              const inside = cells.filter(
                (c) => c.family === family && c.key !== outer.key && isSubset(c.ids, outer.ids),
              );
              const search = (from: number, taken: ReadonlySet<string>): void => {
                expect(safeGap(outer.ids.size - taken.size)).toBe(true);
                for (let i = from; i < inside.length; i++) {
                  const next = inside[i];
                  if (next === undefined || [...next.ids].some((id) => taken.has(id))) continue;
                  search(i + 1, new Set([...taken, ...next.ids]));
                }
              };
              search(0, new Set());
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
