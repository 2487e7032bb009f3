// Numbers, dates and labels in one language, worded the same on screen and in the PDF report.
import type { PreparedQuestionnaire } from '../engine/prepare';
import type { DimensionResult, QuestionnaireResult, ScoreSummary } from '../engine/result';
import type { Effort, Horizon, Impact } from '../engine/schema';
import { localize, type Language } from '../lib/typography';
import { sectionEssentials, sectionLevelKey } from './section-level';
import type { ReportKey, Translate } from './translate';

export interface Formatter {
  language: Language;
  t: Translate;
  /** A content text `{en, fr}` in the report's language. */
  text(value: { en: string; fr: string }): string;
  /** "45 / 100", or the "no score" label. */
  score(value: number | null): string;
  /** "83 %" in French, "83%" in English. */
  percent(share: number): string;
  /** A long date: "March 3, 2026" / "3 mars 2026". */
  date(value: Date): string;
  /** The label of a level id of a questionnaire, or "—". */
  level(questionnaire: PreparedQuestionnaire, levelId: string | null): string;
  /** A result's score, marked "(provisional)" when too few answers stand behind it for a level. */
  resultScore(summary: ScoreSummary): string;
  /**
   * A result's level label; when provisional, never a level but how many more answers earn one
   * ("Provisional: answer 12 more questions to get a level").
   */
  resultLevel(questionnaire: PreparedQuestionnaire, summary: ScoreSummary): string;
  /**
   * A section's level label like `resultLevel`, but a level named for the whole questionnaire ("Baseline
   * met") is worded for the section, by whether its own essentials are met (section-level.ts).
   */
  sectionLevel(
    questionnaire: PreparedQuestionnaire,
    result: QuestionnaireResult,
    dimension: DimensionResult,
  ): string;
  /** A result's level label, or "no level yet (provisional score)", for use inside a sentence. */
  resultLevelInSentence(questionnaire: PreparedQuestionnaire, summary: ScoreSummary): string;
  horizon(horizon: Horizon): string;
  /** "Low effort" / "Effort faible". */
  effort(effort: Effort): string;
  /** "High impact" / "Retombées élevées". */
  impact(impact: Impact): string;
}

export const DASH = '—';

/** A calendar date "YYYY-MM-DD" as a local date (not UTC midnight, which can show the day before). */
export function calendarDate(isoDate: string): Date {
  const [year = 1970, month = 1, day = 1] = isoDate.split('-').map(Number);
  return new Date(year, month - 1, day);
}

/** The first sentence of a text: a definition's description opens with what it is. */
export function firstSentence(text: string): string {
  const end = /[.!?](?=\s+["«\p{Lu}])/u.exec(text);
  return end === null ? text : text.slice(0, end.index + 1);
}

/** French writes the first of the month as an ordinal: "1er décembre 2026", never "1 décembre". */
export function frenchOrdinalDate(text: string, value: Date): string {
  return value.getDate() === 1 ? text.replace(/^1(?=[\s\u00a0\u202f])/u, '1er') : text;
}

export function createFormatter(language: Language, t: Translate): Formatter {
  const score = (value: number | null) =>
    value === null ? DASH : t('common:score', { value: Math.round(value) });
  const level = (questionnaire: PreparedQuestionnaire, levelId: string | null) => {
    if (levelId === null) return DASH;
    const found = questionnaire.definition.levels.find((candidate) => candidate.id === levelId);
    return found === undefined ? levelId : localize(found.label, language);
  };
  return {
    language,
    t,
    text: (value) => localize(value, language),
    score,
    percent: (share) => t('common:percent', { value: share }),
    date: (value) => {
      const text = t('common:date', { value });
      return language === 'fr' ? frenchOrdinalDate(text, value) : text;
    },
    level,
    resultScore: (summary) =>
      summary.provisional && summary.score !== null
        ? t('common:provisional.score', { score: score(summary.score) })
        : score(summary.score),
    resultLevel: (questionnaire, summary) =>
      summary.provisional
        ? t('common:provisional.answerMore', { count: summary.missingForLevel })
        : level(questionnaire, summary.level),
    sectionLevel: (questionnaire, result, dimension) => {
      if (dimension.provisional)
        return t('common:provisional.answerMore', { count: dimension.missingForLevel });
      if (dimension.level === null) return level(questionnaire, null);
      const key = sectionLevelKey(
        dimension.level,
        sectionEssentials(result, dimension.dimensionId),
      );
      const worded = t(`report:${key}` as ReportKey, { defaultValue: '' });
      return worded === '' ? level(questionnaire, dimension.level) : worded;
    },
    resultLevelInSentence: (questionnaire, summary) =>
      summary.provisional ? t('common:provisional.noLevel') : level(questionnaire, summary.level),
    horizon: (horizon) => t(`common:horizon.${horizon}`),
    effort: (effort) => t(`common:effort.${effort}`),
    impact: (impact) => t(`common:impact.${impact}`),
  };
}
