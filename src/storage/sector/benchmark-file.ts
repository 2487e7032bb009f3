// Benchmark files: one year's aggregates, already suppressed, published by whoever collects
// contributions and imported by agencies. Sealed like every Boussole file (kind, format version,
// checksum); an agency's copy refuses what could not have been published under the rule.
import { readBenchmark, type Benchmark, type DefinitionLookup } from '../../engine/sector-snapshot';
import { openEnvelope, seal } from '../transfer/envelope';
import { decodeText, parseJsonText } from '../transfer/read-file';
import type { SectorFileRefusal, SectorRead } from './sector-file-refusal';

export const BENCHMARK_FORMAT_VERSION = 1;
/** Three questionnaires in a few versions are a few hundred KB; far more would not be a benchmark. */
export const MAX_BENCHMARK_FILE_BYTES = 16 * 1024 * 1024;

export type BenchmarkFile = Benchmark & {
  format: 'boussole-benchmark';
  formatVersion: number;
  checksum: string;
};

export function sealBenchmark(benchmark: Benchmark): BenchmarkFile {
  return seal({
    format: 'boussole-benchmark' as const,
    formatVersion: BENCHMARK_FORMAT_VERSION,
    ...benchmark,
  });
}

export const benchmarkFileText = (file: BenchmarkFile): string => `${JSON.stringify(file)}\n`;

const refuseWith = (refusal: SectorFileRefusal): { ok: false; refusal: SectorFileRefusal } => ({
  ok: false,
  refusal,
});

/** A parsed JSON value checked as a benchmark file: envelope, then content and its checks. */
export function parseBenchmarkFile(
  raw: unknown,
  definitions?: DefinitionLookup,
): SectorRead<Benchmark> {
  const envelope = openEnvelope(raw, 'boussole-benchmark', BENCHMARK_FORMAT_VERSION);
  if (!envelope.ok) return refuseWith({ kind: 'file', error: envelope.error });
  const {
    format: _format,
    formatVersion: _version,
    checksum: _checksum,
    ...content
  } = envelope.value;
  const read = readBenchmark(content, definitions);
  if (read.ok) return read;
  const problems = [];
  for (const problem of read.problems) {
    if (problem.problem === 'invalid-structure')
      return refuseWith({ kind: 'structure', path: problem.path, tooDeep: problem.tooDeep });
    problems.push(problem);
  }
  return refuseWith({ kind: 'benchmark', problems });
}

/** A benchmark file's bytes read in bounded steps: size, encoding, JSON, then as above. */
export function readBenchmarkBytes(
  bytes: Uint8Array,
  definitions?: DefinitionLookup,
): SectorRead<Benchmark> {
  const text = decodeText(bytes, MAX_BENCHMARK_FILE_BYTES);
  if (!text.ok) return refuseWith({ kind: 'file', error: text.error });
  const json = parseJsonText(text.value);
  if (!json.ok) return refuseWith({ kind: 'file', error: json.error });
  return parseBenchmarkFile(json.value, definitions);
}
