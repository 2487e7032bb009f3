// The anonymous check records of a cycle as CSV, one row per check: month, program, language, how the
// check was done, questionnaire version and the level in each area. There is nothing else to export.
import type { PreparedClientCheck } from '../../../engine/client-check/parse';
import { toCsv } from '../../../lib/csv';
import { localize, type Language } from '../../../lib/typography';
import type { ClientCheckRecord } from '../../../domain/client-check-record';
import { languageName } from './names';

export interface CsvWords {
  month: string;
  program: string;
  language: string;
  mode: string;
  version: string;
  noLevel: string;
  modes: Record<ClientCheckRecord['mode'], string>;
}

export function clientChecksCsv(
  records: readonly ClientCheckRecord[],
  questionnaire: PreparedClientCheck,
  words: CsvWords,
  language: Language,
): string {
  const { definition } = questionnaire;
  const areas = definition.dimensions.filter((dimension) => dimension.scored !== false);
  const levelLabel = (id: string | null | undefined) => {
    const level = definition.levels.find((candidate) => candidate.id === id);
    return level === undefined ? words.noLevel : localize(level.label, language);
  };
  // A fixed order (month, language, how, program): rows never tell the order checks were made in.
  const sorted = [...records].sort(
    (a, b) =>
      a.month.localeCompare(b.month) ||
      a.language.localeCompare(b.language) ||
      a.mode.localeCompare(b.mode) ||
      (a.program ?? '').localeCompare(b.program ?? ''),
  );
  const rows = [
    [
      words.month,
      words.program,
      words.language,
      words.mode,
      words.version,
      ...areas.map((area) => localize(area.title, language)),
    ],
    ...sorted.map((record) => [
      record.month,
      record.program ?? '',
      languageName(record.language, language),
      words.modes[record.mode],
      record.version,
      ...areas.map((area) => levelLabel(record.levels[area.id])),
    ]),
  ];
  return toCsv(rows, language === 'fr' ? ';' : ',');
}
