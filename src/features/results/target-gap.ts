// How far a dimension is from the level leadership set as its target: in levels, and in points to the
// score where the target level starts.
import { levelRank } from '../../engine/levels';
import type { PreparedQuestionnaire } from '../../engine/prepare';
import type { MaturityLevel } from '../../engine/schema';

export type TargetGap =
  | { reached: true }
  | {
      reached: false;
      /** Levels between the current level and the target (at least 1). */
      levels: number;
      /** Points (0..100 scale, rounded up) to the target level's lower bound. */
      points: number;
    };

/** The gap to `target`, or null when the dimension has no score to compare. */
export function targetGap(
  questionnaire: PreparedQuestionnaire,
  score: number | null,
  levelId: string | null,
  target: MaturityLevel,
): TargetGap | null {
  if (score === null || levelId === null) return null;
  const levels = levelRank(questionnaire, target.id) - levelRank(questionnaire, levelId);
  if (levels <= 0 || score >= target.lowerBound) return { reached: true };
  return { reached: false, levels, points: Math.ceil(target.lowerBound - score) };
}
