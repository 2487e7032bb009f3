// What a collector publishes for a year: the benchmark file (aggregates only, sealed) and the same
// figures as a CSV for spreadsheets and DuckDB. Both hold exactly the cells the rule publishes.
import { aggregateCsvRows, type Benchmark } from '../../engine/sector-snapshot';
import { toCsv } from '../../lib/csv';
import { downloadBlob } from '../../lib/download';
import { benchmarkFileText, sealBenchmark } from '../../storage/sector';

export const benchmarkFileName = (year: number): string => `sector-benchmark-${year}.json`;
export const benchmarkCsvName = (year: number): string => `sector-benchmark-${year}.csv`;

/** The benchmark file's text, as saved. */
export const benchmarkText = (benchmark: Benchmark): string =>
  benchmarkFileText(sealBenchmark(benchmark));

/** The CSV's text: comma-separated (what DuckDB and most tools read by default), UTF-8 with a BOM. */
export function benchmarkCsv(benchmark: Benchmark): string {
  const { header, rows } = aggregateCsvRows(benchmark);
  return toCsv([header, ...rows]);
}

/** Saves the benchmark file through the browser's downloads; returns its name. */
export function downloadBenchmarkFile(benchmark: Benchmark): string {
  const name = benchmarkFileName(benchmark.year);
  downloadBlob(new Blob([benchmarkText(benchmark)], { type: 'application/json' }), name);
  return name;
}

export function downloadBenchmarkCsv(benchmark: Benchmark): string {
  const name = benchmarkCsvName(benchmark.year);
  downloadBlob(new Blob([benchmarkCsv(benchmark)], { type: 'text/csv;charset=utf-8' }), name);
  return name;
}
