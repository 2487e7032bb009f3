// The numbers the dimension charts draw, in chart-ready rows; the charts only draw them.
import { localize, type Language } from '../../lib/typography';
import type { DimensionSummary } from './dimension-summary';

export interface DimensionChartRow {
  id: string;
  name: string;
  /** 0..100, rounded; null when nothing scored was answered. */
  score: number | null;
  /** Share of applicable questions answered, 0..100 rounded. */
  coverage: number;
  /** Where the target level starts (0..100), or null without a target. */
  target: number | null;
}

/**
 * `provisionalName` marks the name of a dimension whose score is provisional (too few answers for a
 * level), so the charts never present it as a settled result.
 */
export function dimensionChartRows(
  summaries: readonly DimensionSummary[],
  language: Language,
  provisionalName: (name: string) => string,
): DimensionChartRow[] {
  return summaries.map(({ dimension, result, target }) => ({
    id: dimension.id,
    name: result.provisional
      ? provisionalName(localize(dimension.title, language))
      : localize(dimension.title, language),
    score: result.score === null ? null : Math.round(result.score),
    coverage: Math.round(result.coverage * 100),
    target: target?.lowerBound ?? null,
  }));
}

/** Whether any dimension has a target, so the chart draws the target outline. */
export const hasTargets = (rows: readonly DimensionChartRow[]): boolean =>
  rows.some((row) => row.target !== null);
