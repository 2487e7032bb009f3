import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/engine/assess';
import type { Dimension } from '../../../src/engine/schema';
import { dimensionChartRows, hasTargets } from '../../../src/features/results/chart-data';
import {
  dimensionSummaries,
  standouts,
  type DimensionSummary,
} from '../../../src/features/results/dimension-summary';
import { loadExamples, loadShipped } from '../../support/content';

const cyber = loadShipped('cybersecurity-baseline');
const rural = loadExamples('cybersecurity-baseline').find((e) => e.name === 'small-rural-centre')!;
const result = assess(cyber, rural.example.answers);

const provisionalName = (name: string) => `${name} (provisional)`;

/** A summary with only what `standouts` reads. */
const scored = (id: string, score: number | null) =>
  ({
    dimension: { id, title: { en: id, fr: id } } as Dimension,
    result: { score },
  }) as DimensionSummary;

describe('dimension summaries', () => {
  it('has one summary per dimension, in the definition order, with its level', () => {
    const summaries = dimensionSummaries(cyber, result, {});
    expect(summaries.map((s) => s.dimension.id)).toEqual(
      cyber.definition.dimensions.map((d) => d.id),
    );
    const backups = summaries.find((s) => s.dimension.id === 'backup-encryption')!;
    expect(backups.level?.id).toBe(
      result.dimensions.find((d) => d.dimensionId === 'backup-encryption')!.level,
    );
    expect(backups.target).toBeUndefined();
    expect(backups.gap).toBeNull();
  });

  it('attaches the target level and the gap to it', () => {
    const summaries = dimensionSummaries(cyber, result, { 'backup-encryption': 'baseline-met' });
    const backups = summaries.find((s) => s.dimension.id === 'backup-encryption')!;
    expect(backups.target?.id).toBe('baseline-met');
    expect(backups.gap).toMatchObject({ reached: false, levels: 3 });
  });

  it('ignores a target naming a level that does not exist', () => {
    const summaries = dimensionSummaries(cyber, result, { 'backup-encryption': 'gold' });
    expect(summaries.find((s) => s.dimension.id === 'backup-encryption')!.target).toBeUndefined();
  });
});

describe('the strongest and weakest dimensions', () => {
  it('names the highest- and lowest-scoring dimensions', () => {
    const { strongest, weakest } = standouts([scored('a', 40), scored('b', 90), scored('c', 12)]);
    expect(strongest).toEqual({ dimensions: [expect.objectContaining({ id: 'b' })], score: 90 });
    expect(weakest).toEqual({ dimensions: [expect.objectContaining({ id: 'c' })], score: 12 });
  });

  it('names every dimension tied once scores are rounded as shown', () => {
    const { strongest } = standouts([scored('a', 79.6), scored('b', 80.2), scored('c', 10)]);
    expect(strongest?.dimensions.map((d) => d.id)).toEqual(['a', 'b']);
    expect(strongest?.score).toBe(80);
  });

  it('names nothing when fewer than two dimensions have a score or all score the same', () => {
    expect(standouts([scored('a', 50), scored('b', null)])).toEqual({
      strongest: null,
      weakest: null,
    });
    expect(standouts([scored('a', 50), scored('b', 50)])).toEqual({
      strongest: null,
      weakest: null,
    });
  });
});

describe('chart rows', () => {
  it('gives each dimension its rounded score, coverage in percent and the target level start', () => {
    const summaries = dimensionSummaries(cyber, result, { websites: 'strong' });
    const rows = dimensionChartRows(summaries, 'fr', provisionalName);
    expect(rows).toHaveLength(cyber.definition.dimensions.length);
    const websites = rows.find((row) => row.id === 'websites')!;
    expect(websites.name).toBe(cyber.dimensionById.get('websites')!.title.fr);
    expect(websites.score).toBe(
      Math.round(result.dimensions.find((d) => d.dimensionId === 'websites')!.score!),
    );
    expect(websites.coverage).toBe(100);
    expect(websites.target).toBe(88);
    expect(hasTargets(rows)).toBe(true);
    expect(
      hasTargets(dimensionChartRows(dimensionSummaries(cyber, result, {}), 'en', provisionalName)),
    ).toBe(false);
  });

  it('marks the name of a dimension whose score is provisional, and only that one', () => {
    // websites fully answered; of backup and encryption, one question in three
    const websites = cyber.questionsByDimension.get('websites')!;
    const backups = cyber.questionsByDimension.get('backup-encryption')!;
    const answers = Object.fromEntries(
      [...websites, backups[0]!].map((q) => [q.id, rural.example.answers[q.id]!]),
    );
    const partial = assess(cyber, answers);
    const rows = dimensionChartRows(dimensionSummaries(cyber, partial, {}), 'en', provisionalName);
    const title = (id: string) => cyber.dimensionById.get(id)!.title.en;
    expect(rows.find((row) => row.id === 'websites')!.name).toBe(title('websites'));
    expect(rows.find((row) => row.id === 'backup-encryption')!.name).toBe(
      `${title('backup-encryption')} (provisional)`,
    );
  });
});
