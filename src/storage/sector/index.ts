// The entry of the sector snapshot's storage: contributions and benchmarks (their own database),
// their files, and the worker that imports many files. src/state imports this file, never the modules
// behind it; only the sector snapshot's screens and the report's comparison load it.
export {
  MAX_BENCHMARK_FILE_BYTES,
  benchmarkFileText,
  readBenchmarkBytes,
  sealBenchmark,
} from './benchmark-file';
export {
  deleteBenchmark,
  getPeerGroup,
  listBenchmarks,
  saveBenchmark,
  setPeerGroup,
} from './benchmarks';
export {
  contributionFileText,
  MAX_CONTRIBUTION_FILE_BYTES,
  sealContribution,
  type ContributionFile,
} from './contribution-file';
export { deleteContributions, type YearCount } from './contributions';
export {
  importContributionFiles,
  type ImportCounts,
  type ImportOutcome,
} from './import-contributions';
export { hasZipName, type FileBatch, type ReadFiles } from './joined-files';
export type { StoredBenchmark } from './sector-database';
export type { SectorFileRefusal, SectorRead } from './sector-file-refusal';
export type { WorkerReply, WorkerRequest } from './sector-worker-protocol';
export { getSharedCycle, recordSharedCycle } from './shared-cycles';
export { summarizeContributions, type ContributionSummary } from './summarize-contributions';
