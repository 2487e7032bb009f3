// Numbers, dates and labels as the report prints them, in the report's language.
import type { PreparedQuestionnaire } from '../engine/prepare';
import type { Effort, Horizon, Impact } from '../engine/schema';
import { localize, type Language } from '../lib/typography';
import type { Translate } from './report-text';

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

export function createFormatter(language: Language, t: Translate): Formatter {
  return {
    language,
    t,
    text: (value) => localize(value, language),
    score: (value) => (value === null ? DASH : t('common:score', { value: Math.round(value) })),
    percent: (share) => t('common:percent', { value: share }),
    date: (value) => t('common:date', { value }),
    level(questionnaire, levelId) {
      if (levelId === null) return DASH;
      const level = questionnaire.definition.levels.find((candidate) => candidate.id === levelId);
      return level === undefined ? levelId : localize(level.label, language);
    },
    horizon: (horizon) => t(`common:horizon.${horizon}`),
    effort: (effort) => t(`common:effort.${effort}`),
    impact: (impact) => t(`common:impact.${impact}`),
  };
}
