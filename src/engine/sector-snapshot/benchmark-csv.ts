// The benchmark as one flat table for spreadsheets and DuckDB: a row per published cell, fixed columns,
// then one column per level id of the questionnaires in the file (empty on other questionnaires' rows).
// Column names are identifiers, not sentences, so queries written against them keep working.
import type { Benchmark } from './benchmark-schema';
import { bins } from './quantiles';

export type CsvValue = string | number;

export interface CsvTable {
  header: string[];
  rows: CsvValue[][];
}

const fixedColumns = [
  'year',
  'questionnaire',
  'version',
  'measure',
  'dimension',
  'attribute',
  'value',
  'n',
  'q1',
  'median',
  'q3',
  ...bins.map(([from, to]) => `bin_${from}_${to}`),
  'provisional',
];

export function aggregateCsvRows(benchmark: Benchmark): CsvTable {
  const levelIds = [...new Set(benchmark.questionnaires.flatMap((q) => q.levels))];
  const header = [...fixedColumns, ...levelIds.map((id) => `level_${id}`)];
  const rows: CsvValue[][] = [];
  for (const entry of benchmark.questionnaires) {
    for (const measure of entry.measures) {
      for (const cell of measure.cells) {
        const levels = levelIds.map((id) => {
          const at = entry.levels.indexOf(id);
          return at < 0 ? '' : (cell.levels[at] ?? 0);
        });
        rows.push([
          benchmark.year,
          entry.id,
          entry.version,
          measure.dimension === null ? 'overall' : 'dimension',
          measure.dimension ?? '',
          cell.view === 'all' ? 'all' : cell.view.attribute,
          cell.view === 'all' ? '' : cell.view.value,
          cell.n,
          cell.q1,
          cell.median,
          cell.q3,
          ...cell.histogram,
          cell.provisional,
          ...levels,
        ]);
      }
    }
  }
  return { header, rows };
}
