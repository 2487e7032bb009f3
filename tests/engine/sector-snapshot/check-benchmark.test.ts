import { describe, expect, it } from 'vitest';
import {
  aggregate,
  checkBenchmark,
  readBenchmark,
  type Benchmark,
  type BenchmarkCell,
} from '../../../src/engine/sector-snapshot';
import { agency, exampleDefinitions } from '../../support/sector-builders';

/** A benchmark with Ontario 10, New Brunswick 5 and Nova Scotia 5. */
function benchmark(): Benchmark {
  const contributions = [
    ...Array.from({ length: 10 }, (_, i) => agency({ province: 'ON', score: 30 + i * 5 })),
    ...Array.from({ length: 5 }, (_, i) => agency({ province: 'NB', score: 40 + i })),
    ...Array.from({ length: 5 }, (_, i) => agency({ province: 'NS', score: 60 + i })),
  ];
  return aggregate(contributions, { year: 2026, definitions: exampleDefinitions });
}

/** The benchmark with the overall measure's cells changed. */
function withCells(change: (cells: BenchmarkCell[]) => BenchmarkCell[]): Benchmark {
  const changed = structuredClone(benchmark());
  const measure = changed.questionnaires[0]?.measures[0];
  if (measure) measure.cells = change(measure.cells);
  return changed;
}

const problemsOf = (b: Benchmark) => checkBenchmark(b, exampleDefinitions).map((p) => p.problem);
const isView = (cell: BenchmarkCell, value: string) =>
  cell.view !== 'all' && cell.view.value === value;

describe('checking a benchmark', () => {
  it('accepts what aggregation publishes', () => {
    expect(checkBenchmark(benchmark(), exampleDefinitions)).toEqual([]);
  });

  it('refuses a figure about fewer than 5 contributions', () => {
    const small = withCells((cells) =>
      cells.map((c) =>
        isView(c, 'NB') ? { ...c, n: 4, histogram: [0, 0, 4, 0, 0], levels: [0, 4, 0] } : c,
      ),
    );
    expect(problemsOf(small)).toContain('small-group');
  });

  it('refuses published views that leave 1 to 4 contributions when subtracted', () => {
    // the provinces published make 20: a file claiming the whole is 22 lets "all minus the
    // provinces" describe 2 agencies
    const gap = withCells((cells) =>
      cells.map((c) =>
        c.view === 'all' ? { ...c, n: 22, histogram: [0, 2, 10, 8, 2], levels: [2, 16, 4] } : c,
      ),
    );
    expect(checkBenchmark(gap, exampleDefinitions)).toContainEqual({
      problem: 'small-group',
      questionnaire: 'example',
      version: '1.0.0',
      dimension: null,
      view: 'all',
    });
  });

  it('refuses figures that do not add up', () => {
    const unordered = withCells((cells) => cells.map((c) => ({ ...c, q1: c.q3 + 1 })));
    expect(problemsOf(unordered)).toContain('inconsistent-figures');
    const histogram = withCells((cells) =>
      cells.map((c) => (c.view === 'all' ? { ...c, histogram: [0, 0, 0, 0, 0] } : c)),
    );
    expect(problemsOf(histogram)).toContain('inconsistent-figures');
    const missingAll = withCells((cells) => cells.filter((c) => c.view !== 'all'));
    expect(problemsOf(missingAll)).toContain('inconsistent-figures');
  });

  it('refuses the same view twice in a measure', () => {
    expect(problemsOf(withCells((cells) => [...cells, ...cells.slice(-1)]))).toContain(
      'duplicate-view',
    );
  });

  it('refuses a version it does not know, changed content, levels or dimensions not the version’s', () => {
    const change = (edit: (b: Benchmark) => void) => {
      const changed = structuredClone(benchmark());
      edit(changed);
      return problemsOf(changed);
    };
    expect(change((b) => b.questionnaires.forEach((q) => (q.version = '9.0.0')))).toEqual([
      'unknown-version',
    ]);
    expect(
      change((b) => b.questionnaires.forEach((q) => (q.contentHash = 'a'.repeat(64)))),
    ).toEqual(['changed-questionnaire']);
    expect(change((b) => b.questionnaires.forEach((q) => q.levels.reverse()))).toEqual([
      'levels-differ',
    ]);
    expect(
      change((b) =>
        b.questionnaires.forEach((q) => {
          const last = q.measures.at(-1);
          if (last) last.dimension = 'budget';
        }),
      ),
    ).toEqual(['unknown-dimension']);
  });
});

describe('reading a benchmark file content', () => {
  it('refuses a file made under another threshold, or with fields beyond the listed ones', () => {
    expect(readBenchmark({ ...benchmark(), minimumCount: 3 }).ok).toBe(false);
    expect(readBenchmark({ ...benchmark(), contributions: [] }).ok).toBe(false);
  });

  it('refuses a view that is not a province, region, size or band', () => {
    const raw = JSON.parse(JSON.stringify(benchmark())) as {
      questionnaires: { measures: { cells: { view: unknown }[] }[] }[];
    };
    const cell = raw.questionnaires[0]?.measures[0]?.cells[1];
    if (cell) cell.view = { attribute: 'city', value: 'Moncton' };
    expect(readBenchmark(raw)).toMatchObject({
      ok: false,
      problems: [{ problem: 'invalid-structure' }],
    });
  });
});
