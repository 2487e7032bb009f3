// When a score earns its maturity level: only once enough of the questions behind it are answered.
// A level read from a third of the questions would overstate what the answers show (README "How
// scoring works"), so below the definition's `levelCoverage` a result is provisional: a score, no level.
import type { AnswerCounts } from './result';

/** Rounds away floating-point noise: 56% of 25 questions is 14, not the 15 that 0.56 × 25 would give. */
const clean = (value: number) => Math.round(value * 1e6) / 1e6;

/** Applicable questions: the visible scored ones not answered "not applicable". */
export const applicableCount = (counts: AnswerCounts): number =>
  counts.total - counts.notApplicable;

/** Applicable questions with an answer; a "don't know" is an answer. */
export const givenCount = (counts: AnswerCounts): number => counts.answered + counts.dontKnow;

/**
 * How many of the currently unanswered applicable questions must still be answered (a "don't know"
 * counts) for coverage to reach `threshold`; 0 once it does. Counted on the questions shown now: an
 * answer that reveals a follow-up question can raise it again.
 */
export function answersNeededForLevel(counts: AnswerCounts, threshold: number): number {
  const required = Math.ceil(clean(threshold * applicableCount(counts)));
  return Math.max(0, required - givenCount(counts));
}
