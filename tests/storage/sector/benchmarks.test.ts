import { beforeEach, describe, expect, it } from 'vitest';
import { aggregate } from '../../../src/engine/sector-snapshot';
import {
  deleteBenchmark,
  getPeerGroup,
  listBenchmarks,
  saveBenchmark,
  setPeerGroup,
} from '../../../src/storage/sector/benchmarks';
import { agencies, exampleDefinitions } from '../../support/sector-builders';
import { freshSectorDatabase } from '../../support/sector-storage';

const benchmarkOf = (year: number, score: number) =>
  aggregate(agencies(6, { year, score }), { year, definitions: exampleDefinitions });

describe("an agency's benchmarks", () => {
  beforeEach(() => {
    freshSectorDatabase();
  });

  it('keeps one benchmark per year', async () => {
    expect(await saveBenchmark(benchmarkOf(2025, 40), { replace: false })).toBe('saved');
    expect(await saveBenchmark(benchmarkOf(2026, 50), { replace: false })).toBe('saved');
    expect((await listBenchmarks()).map((b) => b.year)).toEqual([2025, 2026]);
  });

  it('replaces the benchmark of a year only when asked to', async () => {
    const first = benchmarkOf(2026, 40);
    await saveBenchmark(first, { replace: false });
    expect(await saveBenchmark(benchmarkOf(2026, 70), { replace: false })).toBe('year-taken');
    expect((await listBenchmarks())[0]?.benchmark).toEqual(first);
    const second = benchmarkOf(2026, 70);
    expect(await saveBenchmark(second, { replace: true })).toBe('replaced');
    expect((await listBenchmarks())[0]?.benchmark).toEqual(second);
  });

  it('deletes a benchmark', async () => {
    await saveBenchmark(benchmarkOf(2026, 40), { replace: false });
    await deleteBenchmark(2026);
    expect(await listBenchmarks()).toEqual([]);
  });

  it('compares with all agencies until the agency chooses a peer group, then remembers it', async () => {
    expect(await getPeerGroup()).toBe('all');
    await setPeerGroup('staffBand');
    expect(await getPeerGroup()).toBe('staffBand');
  });
});
