// One questionnaire's result as a sector snapshot needs it, unrounded: what an agency contributes (once
// rounded) and what it compares with a benchmark.
import type { BaselineStatus, QuestionnaireResult } from '../result';

export interface ScoreEntry {
  /** 0..100, or null when nothing in it was scored. */
  score: number | null;
  /** Level id; null when there is no score or the score is provisional. */
  level: string | null;
  provisional: boolean;
}

export interface ResultEntry {
  id: string;
  version: string;
  contentHash: string;
  overall: ScoreEntry;
  dimensions: (ScoreEntry & { id: string })[];
  baseline: BaselineStatus;
  /** Share (0..1) of applicable questions answered. */
  coverage: number;
}

/** The entry of a scored result (an individual's, or a team's consensus). */
export function resultEntry(result: QuestionnaireResult): ResultEntry {
  const { overall } = result;
  return {
    ...result.questionnaire,
    overall: { score: overall.score, level: overall.level, provisional: overall.provisional },
    dimensions: result.dimensions.map((d) => ({
      id: d.dimensionId,
      score: d.score,
      level: d.level,
      provisional: d.provisional,
    })),
    baseline: result.baseline.status,
    coverage: overall.coverage,
  };
}
