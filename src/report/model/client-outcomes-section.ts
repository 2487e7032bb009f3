// The funder report's short section on client digital skills checks: counts over the cycle's anonymous
// records, one attribute at a time, printed only from 5 checks on (engine/client-check/outcomes.ts).
import type { PreparedClientCheck } from '../../engine/client-check/parse';
import {
  outcomesReportable,
  summarizeChecks,
  type CheckRecordFacts,
} from '../../engine/client-check/outcomes';
import type { Fact, TextTable } from './report-model';
import type { Formatter } from '../../presentation/format';

export interface ClientChecksReport {
  questionnaire: PreparedClientCheck;
  records: readonly CheckRecordFacts[];
}

export interface ClientOutcomesModel {
  heading: string;
  intro: string;
  /** Set when there are too few checks to print figures; then nothing else is. */
  tooFew: string | null;
  facts: Fact[];
  areasCaption: string;
  areas: TextTable | null;
  areasNote: string | null;
  countsCaption: string;
  counts: TextTable | null;
}

const tag = (language: 'en' | 'fr') => (language === 'fr' ? 'fr-CA' : 'en-CA');

function monthName(month: string | null, language: 'en' | 'fr'): string {
  const [year = 1970, number = 1] = (month ?? '').split('-').map(Number);
  return new Intl.DateTimeFormat(tag(language), { month: 'long', year: 'numeric' }).format(
    new Date(year, number - 1, 1),
  );
}

export function clientOutcomesSection(
  report: ClientChecksReport,
  format: Formatter,
): ClientOutcomesModel {
  const { t, language } = format;
  const { definition } = report.questionnaire;
  const areas = definition.dimensions.filter((dimension) => dimension.scored !== false);
  const levels = [...definition.levels].sort((a, b) => a.lowerBound - b.lowerBound);
  const outcomes = summarizeChecks(
    report.records,
    areas.map((area) => area.id),
    levels.map((level) => level.id),
  );
  const base = {
    heading: t('report:clientChecks.heading'),
    intro: t('report:clientChecks.intro'),
    areasCaption: t('report:clientChecks.areasCaption'),
    countsCaption: t('report:clientChecks.countsCaption'),
  };
  if (!outcomesReportable(outcomes)) {
    return {
      ...base,
      tooFew: t('report:clientChecks.tooFew', { count: outcomes.total }),
      facts: [],
      areas: null,
      areasNote: null,
      counts: null,
    };
  }
  const top = levels[levels.length - 1];
  const areaTitle = (id: string) => {
    const title = areas.find((area) => area.id === id)?.title;
    return title === undefined ? id : format.text(title);
  };
  const languageNames = new Intl.DisplayNames([tag(language)], { type: 'language' });
  const count = (value: number) => String(value);
  return {
    ...base,
    tooFew: null,
    facts: [
      { label: t('report:clientChecks.facts.checks'), value: count(outcomes.total) },
      {
        label: t('report:clientChecks.facts.period'),
        value: t('report:clientChecks.facts.periodValue', {
          from: monthName(outcomes.firstMonth, language),
          to: monthName(outcomes.lastMonth, language),
        }),
      },
    ],
    areas: {
      columns: [
        t('report:clientChecks.area'),
        ...levels.map((level) => format.text(level.label)),
        t('report:clientChecks.noLevel'),
        t('report:clientChecks.neededHelp'),
      ],
      rows: outcomes.areas.map((area) => [
        areaTitle(area.areaId),
        ...levels.map((level) => count(area.byLevel[level.id] ?? 0)),
        count(area.noLevel),
        area.withLevel === 0 ? '—' : format.percent(area.belowTop / area.withLevel),
      ]),
    },
    areasNote:
      top === undefined
        ? null
        : t('report:clientChecks.neededHelpNote', { level: format.text(top.label) }),
    counts: {
      columns: [t('report:clientChecks.kind'), t('report:clientChecks.checks')],
      rows: [
        ...Object.entries(outcomes.byLanguage).map(([code, checks]) => [
          t('report:clientChecks.languageRow', { language: languageNames.of(code) ?? code }),
          count(checks),
        ]),
        ...outcomes.byProgram.map(({ program, count: checks }) => [
          program === null
            ? t('report:clientChecks.noProgram')
            : t('report:clientChecks.programRow', { program }),
          count(checks),
        ]),
        ...(['client-mode', 'read-aloud'] as const)
          .filter((mode) => outcomes.byMode[mode] > 0)
          .map((mode) => [t(`report:clientChecks.modes.${mode}`), count(outcomes.byMode[mode])]),
      ],
    },
  };
}
