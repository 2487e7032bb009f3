// Per-dimension figures for the results screen (score, level, target and gap), and which dimensions
// stand out as the strongest and the weakest.
import type { PreparedQuestionnaire } from '../../engine/prepare';
import type { DimensionResult, QuestionnaireResult } from '../../engine/result';
import type { Dimension, MaturityLevel } from '../../engine/schema';
import { sectionEssentials, type SectionEssentials } from '../../presentation/section-level';
import { targetGap, type TargetGap } from './target-gap';

export interface DimensionSummary {
  dimension: Dimension;
  result: DimensionResult;
  level: MaturityLevel | undefined;
  /** Whether this section's essential questions are met, for wording its level (section-level.ts). */
  essentials: SectionEssentials;
  /** The target level set for the next cycle, if any. */
  target: MaturityLevel | undefined;
  /** Null when there is no target or no score to compare it with. */
  gap: TargetGap | null;
}

export function findLevel(
  questionnaire: PreparedQuestionnaire,
  levelId: string | null | undefined,
): MaturityLevel | undefined {
  return questionnaire.definition.levels.find((level) => level.id === levelId);
}

/** One summary per dimension of the definition, in its order; `targets` maps dimension id → level id. */
export function dimensionSummaries(
  questionnaire: PreparedQuestionnaire,
  result: QuestionnaireResult,
  targets: Readonly<Record<string, string>>,
): DimensionSummary[] {
  const results = new Map(result.dimensions.map((d) => [d.dimensionId, d]));
  return questionnaire.definition.dimensions.flatMap((dimension) => {
    const dimensionResult = results.get(dimension.id);
    if (dimensionResult === undefined) return [];
    const target = findLevel(questionnaire, targets[dimension.id]);
    return [
      {
        dimension,
        result: dimensionResult,
        level: findLevel(questionnaire, dimensionResult.level),
        essentials: sectionEssentials(result, dimension.id),
        target,
        gap:
          target === undefined
            ? null
            : targetGap(questionnaire, dimensionResult.score, dimensionResult.level, target),
      },
    ];
  });
}

export interface Standout {
  dimensions: Dimension[];
  /** The shared score, rounded as it is shown. */
  score: number;
}

/**
 * The highest- and lowest-scoring dimensions, compared on rounded scores so ties match what is shown.
 * Nothing stands out when fewer than two dimensions have a score or all score the same.
 */
export function standouts(summaries: readonly DimensionSummary[]): {
  strongest: Standout | null;
  weakest: Standout | null;
} {
  const scored = summaries.flatMap(({ dimension, result }) =>
    result.score === null ? [] : [{ dimension, score: Math.round(result.score) }],
  );
  if (scored.length < 2) return { strongest: null, weakest: null };
  const scores = scored.map((entry) => entry.score);
  const high = Math.max(...scores);
  const low = Math.min(...scores);
  if (high === low) return { strongest: null, weakest: null };
  const at = (score: number): Standout => ({
    dimensions: scored.filter((entry) => entry.score === score).map((entry) => entry.dimension),
    score,
  });
  return { strongest: at(high), weakest: at(low) };
}
