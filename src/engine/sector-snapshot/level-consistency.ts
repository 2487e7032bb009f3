// Which levels a contributed (rounded) score may honestly carry. A level is earned on the unrounded
// score, so 59.6 shows as 60 yet keeps the level below 60: any level that some score within half a
// point of the rounded one maps to is consistent; any other is a contradiction.
import type { PreparedQuestionnaire } from '../prepare';

/** Level ids a score that rounds to `rounded` can map to on this version. */
export function levelsNear(questionnaire: PreparedQuestionnaire, rounded: number): Set<string> {
  const levels = [...questionnaire.definition.levels].sort((a, b) => a.lowerBound - b.lowerBound);
  const low = Math.max(0, rounded - 0.5);
  const high = rounded + 0.5;
  const found = new Set<string>();
  levels.forEach((level, index) => {
    const next = levels[index + 1]?.lowerBound ?? Infinity;
    // the lowest level also holds scores below every bound (levelFor's fallback)
    const from = index === 0 ? -Infinity : level.lowerBound;
    if (from < high && next > low) found.add(level.id);
  });
  return found;
}

/** Levels the overall result may carry: the score's, lowered to the critical cap when it applies. */
export function overallLevelsNear(
  questionnaire: PreparedQuestionnaire,
  rounded: number,
  baselineNotMet: boolean,
): Set<string> {
  const near = levelsNear(questionnaire, rounded);
  const cap = questionnaire.definition.criticalCap?.level;
  if (!baselineNotMet || cap === undefined) return near;
  const capRank = questionnaire.levelOrder.indexOf(cap);
  return new Set(
    [...near].map((level) => (questionnaire.levelOrder.indexOf(level) <= capRank ? level : cap)),
  );
}
