// Maps a 0..100 score to a maturity level, and compares levels by rank.
import type { PreparedQuestionnaire } from './prepare';

/** The highest level whose lower bound the score reaches. */
export function levelFor(
  questionnaire: PreparedQuestionnaire,
  score: number | null,
): string | null {
  if (score === null) return null;
  let found: string | null = null;
  const levels = [...questionnaire.definition.levels].sort((a, b) => a.lowerBound - b.lowerBound);
  for (const level of levels) {
    if (score >= level.lowerBound) found = level.id;
  }
  return found ?? levels[0]?.id ?? null;
}

/** Position of a level from the lowest (0); -1 when unknown. */
export function levelRank(questionnaire: PreparedQuestionnaire, levelId: string | null): number {
  return levelId === null ? -1 : questionnaire.levelOrder.indexOf(levelId);
}

/** The lower of two levels. */
export function lowerLevel(
  questionnaire: PreparedQuestionnaire,
  a: string | null,
  b: string,
): string | null {
  if (a === null) return null;
  return levelRank(questionnaire, a) <= levelRank(questionnaire, b) ? a : b;
}
