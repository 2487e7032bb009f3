// The content of a benchmark file: aggregates only, already suppressed, for one year. Made by whoever
// collects contributions; imported by agencies to compare themselves with their peers.
import { z } from 'zod/mini';
import { contentHashSchema, idPattern, versionSchema, yearSchema } from './contribution-schema';
import { MINIMUM_COUNT } from './suppression';
import { viewList, viewSchema } from './views';

const id = z.string().check(z.maxLength(100), z.regex(idPattern));
const count = z.int().check(z.gte(0), z.lte(10_000_000));
const point = z.number().check(z.gte(0), z.lte(100));

export const benchmarkCellSchema = z.strictObject({
  view: viewSchema,
  /** Contributions with a score in this measure and view (never fewer than the minimum). */
  n: count,
  q1: point,
  median: point,
  q3: point,
  /** Contributions per bin: 0–19, 20–39, 40–59, 60–79, 80–100. */
  histogram: z.tuple([count, count, count, count, count]),
  /** Contributions at each level, in the order of the questionnaire's `levels`. */
  levels: z.array(count).check(z.maxLength(20)),
  /** Contributions whose score is provisional (no level). */
  provisional: count,
});
export type BenchmarkCell = z.infer<typeof benchmarkCellSchema>;

export const benchmarkMeasureSchema = z.strictObject({
  /** A dimension id; null for the overall score. */
  dimension: z.nullable(id),
  /** Published cells only, in the fixed view order; the first is 'all'. */
  cells: z.array(benchmarkCellSchema).check(z.minLength(1), z.maxLength(viewList.length)),
});
export type BenchmarkMeasure = z.infer<typeof benchmarkMeasureSchema>;

export const benchmarkQuestionnaireSchema = z.strictObject({
  id,
  version: versionSchema,
  contentHash: contentHashSchema,
  /** The version's level ids, lowest first. */
  levels: z.array(id).check(z.minLength(2), z.maxLength(20)),
  measures: z.array(benchmarkMeasureSchema).check(z.minLength(1), z.maxLength(101)),
});
export type BenchmarkQuestionnaire = z.infer<typeof benchmarkQuestionnaireSchema>;

export const benchmarkSchema = z.strictObject({
  year: yearSchema,
  /** The threshold every figure was published under. */
  minimumCount: z.literal(MINIMUM_COUNT),
  questionnaires: z.array(benchmarkQuestionnaireSchema).check(z.maxLength(100)),
});
export type Benchmark = z.infer<typeof benchmarkSchema>;
