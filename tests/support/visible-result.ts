// The parts of a result a person sees, for tests that check a result never changes.
import type { QuestionnaireResult } from '../../src/engine/result';

/** What a person sees of a result: figures rounded as shown, levels, baseline and the roadmap's order. */
export function visibleResult(result: QuestionnaireResult): Record<string, unknown> {
  const rounded = (score: number | null) => (score === null ? null : Math.round(score * 100) / 100);
  return {
    overall: { score: rounded(result.overall.score), level: result.overall.level },
    dimensions: Object.fromEntries(
      result.dimensions.map((d) => [d.dimensionId, { score: rounded(d.score), level: d.level }]),
    ),
    baseline: result.baseline.status,
    roadmap: result.roadmap.map((item) => `${item.horizon} ${item.priority} ${item.key}`),
  };
}
