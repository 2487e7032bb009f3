// The collector's side of the sector snapshot as the screen sees it: what is stored (counts and each
// year's benchmark, computed by the worker), an import under way with its progress, and the last
// import's outcome. Commands change the store and keep these in step.
import { create } from 'zustand';
import type { PreparedQuestionnaire } from '../../engine/prepare';
import type { Benchmark } from '../../engine/sector-snapshot';
import { technicalDetail } from '../../lib/technical-detail';
import { deleteContributions } from '../../storage/sector';
import type { ImportCounts, ImportOutcome } from '../../storage/sector';
import type { YearCount } from '../../storage/sector';
import { attemptSave } from '../save';
import { loadKnownDefinitions } from './known-definitions';
import { sectorJobs } from './sector-jobs';

export type { ImportCounts, ImportOutcome, YearCount };

export interface SnapshotData {
  years: YearCount[];
  benchmarks: Benchmark[];
  definitions: PreparedQuestionnaire[];
}

/** While a new summary is computed, the last one stays (`data`), so the figures do not vanish. */
export type SnapshotSummary =
  | { status: 'computing'; data: SnapshotData | null }
  | { status: 'ready'; data: SnapshotData }
  /** `detail` is the technical reason, for a "Details" disclosure. */
  | { status: 'failed'; data: null; detail: string };

export interface ImportUnderWay {
  counts: ImportCounts;
  cancelling: boolean;
}

interface SnapshotState {
  summary: SnapshotSummary;
  importing: ImportUnderWay | null;
  outcome: ImportOutcome | null;
  /** An import that stopped on an error (not a refused file): its technical detail. */
  importFailure: string | null;
}

export const useSnapshotStore = create<SnapshotState>()(() => ({
  summary: { status: 'computing', data: null },
  importing: null,
  outcome: null,
  importFailure: null,
}));

let refreshing = 0;

/** Recomputes the counts and benchmarks from what is stored. */
export async function refreshSnapshot(): Promise<void> {
  const run = ++refreshing;
  useSnapshotStore.setState((state) => ({
    summary: { status: 'computing', data: state.summary.data },
  }));
  try {
    const [definitions, { years, benchmarks }] = await Promise.all([
      loadKnownDefinitions(),
      sectorJobs().summarize(),
    ]);
    if (run === refreshing)
      useSnapshotStore.setState({
        summary: { status: 'ready', data: { years, benchmarks, definitions } },
      });
  } catch (error) {
    if (run === refreshing)
      useSnapshotStore.setState({
        summary: { status: 'failed', data: null, detail: technicalDetail(error) },
      });
  }
}

let cancelCurrent: (() => void) | null = null;

/** Imports contribution files (and .zip archives of them); one import at a time. */
export async function importContributions(files: readonly File[]): Promise<void> {
  if (files.length === 0 || useSnapshotStore.getState().importing !== null) return;
  const empty: ImportCounts = {
    read: 0,
    total: files.length,
    added: 0,
    replaced: 0,
    keptNewer: 0,
    unchanged: 0,
    refused: 0,
  };
  useSnapshotStore.setState({
    importing: { counts: empty, cancelling: false },
    outcome: null,
    importFailure: null,
  });
  try {
    const job = sectorJobs().importFiles(files, (counts) => {
      const importing = useSnapshotStore.getState().importing;
      if (importing !== null) useSnapshotStore.setState({ importing: { ...importing, counts } });
    });
    cancelCurrent = job.cancel;
    const outcome = await job.outcome;
    useSnapshotStore.setState({ importing: null, outcome });
  } catch (error) {
    useSnapshotStore.setState({ importing: null, importFailure: technicalDetail(error) });
  } finally {
    cancelCurrent = null;
  }
  await refreshSnapshot();
}

/** Stops the import under way; what it already stored is kept. */
export function cancelImport(): void {
  const importing = useSnapshotStore.getState().importing;
  if (importing === null || cancelCurrent === null) return;
  useSnapshotStore.setState({ importing: { ...importing, cancelling: true } });
  cancelCurrent();
}

/** Deletes one year's contributions, or every one; the organization's own data is not touched. */
export async function deleteStoredContributions(year?: number): Promise<boolean> {
  const deleted = await attemptSave(() => deleteContributions(year));
  if (deleted) {
    useSnapshotStore.setState({ outcome: null });
    await refreshSnapshot();
  }
  return deleted;
}
