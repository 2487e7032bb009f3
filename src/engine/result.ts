// The shape of a scored response: what the UI, the report and comparisons read.
import type { AnswerStatus, AnswerValue } from './answer';
import type { Reason } from './conditions';
import type { Effort, Horizon, Impact } from './schema';

export interface QuestionResult {
  questionId: string;
  dimensionId: string;
  visible: boolean;
  scored: boolean;
  status: AnswerStatus;
  /** The answered value, when valid. */
  value?: AnswerValue;
  /** 0..1, or null when not scored, unanswered, not applicable or hidden. */
  score: number | null;
  weight: number;
  critical: boolean;
  /** A visible critical question answered below its pass score, or "don't know". */
  criticalFailed: boolean;
}

/** Counts over visible scored questions. */
export interface AnswerCounts {
  total: number;
  answered: number;
  dontKnow: number;
  notApplicable: number;
  unanswered: number;
  invalid: number;
}

export interface ScoreSummary {
  /** 0..100, or null when nothing scored was answered. */
  score: number | null;
  /** Level id for the score; null when there is no score or the result is provisional. */
  level: string | null;
  /**
   * True when too few applicable questions are answered for the score to earn a level (the
   * definition's `levelCoverage`): the score stands, the level is withheld.
   */
  provisional: boolean;
  /**
   * How many more of the currently unanswered applicable questions must be answered to earn a level;
   * 0 unless provisional. Overall: the sum over the dimensions that are still provisional.
   */
  missingForLevel: number;
  /** Share (0..1) of applicable questions answered (a "don't know" counts as answered). */
  coverage: number;
  /** Share (0..1) of answers that are not "don't know"; null when nothing was answered. */
  confidence: number | null;
  counts: AnswerCounts;
}

export interface DimensionResult extends ScoreSummary {
  dimensionId: string;
}

export interface OverallResult extends ScoreSummary {
  /** Level before the critical cap; null when provisional, like `level`. */
  uncappedLevel: string | null;
  /** True when an unmet critical question lowered an earned level (never when provisional). */
  capped: boolean;
}

export type BaselineStatus = 'met' | 'not-met' | 'incomplete' | 'not-applicable';

export interface BaselineResult {
  /** "not-applicable" when the questionnaire has no critical question. */
  status: BaselineStatus;
  failed: string[];
  unanswered: string[];
}

export type HorizonRule =
  'critical' | 'override' | 'effort-impact' | 'dependency' | 'required-by-critical' | 'find-out';

interface RoadmapItemBase {
  /** Stable across re-scoring, so edits (status, owner) stay attached: "rec:<id>" or "find-out:<question>". */
  key: string;
  horizon: Horizon;
  /** 1-based rank inside its horizon. */
  priority: number;
  critical: boolean;
  effort: Effort;
  impact: Impact;
  horizonRule: HorizonRule;
  /** Keys of triggered items this one waits for. */
  dependsOn: string[];
  reasons: Reason[];
}

export interface RecommendationItem extends RoadmapItemBase {
  kind: 'recommendation';
  recommendationId: string;
}

export interface FindOutItem extends RoadmapItemBase {
  kind: 'find-out';
  questionId: string;
}

export type RoadmapItem = RecommendationItem | FindOutItem;

export interface QuestionnaireResult {
  questionnaire: { id: string; version: string; contentHash: string };
  overall: OverallResult;
  dimensions: DimensionResult[];
  questions: QuestionResult[];
  baseline: BaselineResult;
  roadmap: RoadmapItem[];
  /** Answers whose stored value no longer fits the question; they count as unanswered. */
  invalidAnswers: string[];
}
