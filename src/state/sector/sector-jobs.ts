// Where the collector's heavy work runs: importing files and aggregating stored contributions. In the
// browser, a worker (the page stays responsive with 10,000 files); where there is no Worker (unit and
// component tests), the same functions in this thread.
import { loadEveryVersion } from '../../content/every-version';
import { lookupIn } from '../../engine/sector-snapshot';
import {
  hasZipName,
  importContributionFiles,
  type ImportCounts,
  type ImportOutcome,
} from '../../storage/sector';
import { summarizeContributions, type ContributionSummary } from '../../storage/sector';
import type { WorkerReply, WorkerRequest } from '../../storage/sector';
import { handOverFiles } from './read-chosen-files';

export interface ImportJob {
  outcome: Promise<ImportOutcome>;
  cancel: () => void;
}

/** Both check files against every questionnaire version this copy ships (loaded where they run). */
export interface SectorJobs {
  importFiles(files: readonly File[], onProgress: (counts: ImportCounts) => void): ImportJob;
  summarize(): Promise<ContributionSummary>;
}

const shipped = async () => lookupIn(await loadEveryVersion());

export const inThisThread: SectorJobs = {
  importFiles(files, onProgress) {
    let cancelled = false;
    return {
      outcome: shipped().then((definitions) =>
        importContributionFiles(files, {
          definitions,
          isCancelled: () => cancelled,
          onProgress,
        }),
      ),
      cancel: () => {
        cancelled = true;
      },
    };
  },
  summarize: async () => summarizeContributions(await shipped()),
};

interface Pending {
  resolve: (reply: WorkerReply) => void;
  reject: (error: Error) => void;
  onProgress?: (counts: ImportCounts) => void;
}

/** One worker for the page, started on first use and kept (its code and definitions stay warm). */
function workerJobs(): SectorJobs {
  let worker: Worker | undefined;
  let nextJob = 1;
  const pending = new Map<number, Pending>();
  const start = (): Worker => {
    if (worker !== undefined) return worker;
    const started = new Worker(new URL('../../storage/sector/sector-worker.ts', import.meta.url), {
      type: 'module',
    });
    started.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      const waiting = pending.get(reply.job);
      if (waiting === undefined) return;
      if (reply.type === 'progress') {
        waiting.onProgress?.(reply.counts);
        return;
      }
      pending.delete(reply.job);
      if (reply.type === 'failed') waiting.reject(new Error(reply.reason));
      else waiting.resolve(reply);
    });
    started.addEventListener('error', (event) => {
      for (const waiting of pending.values())
        waiting.reject(new Error(event.message || 'the sector snapshot worker failed'));
      pending.clear();
      worker = undefined;
    });
    worker = started;
    return started;
  };
  const send = (
    request: WorkerRequest,
    onProgress?: (counts: ImportCounts) => void,
  ): Promise<WorkerReply> =>
    new Promise((resolve, reject) => {
      pending.set(request.job, { resolve, reject, ...(onProgress ? { onProgress } : {}) });
      start().postMessage(request);
    });
  return {
    importFiles(files, onProgress) {
      const job = nextJob++;
      let cancelled = false;
      const plainFiles = files.filter((file) => !hasZipName(file)).length;
      let readByWorker = 0;
      const reply = send({ type: 'import', job, plainFiles }, (counts) => {
        readByWorker = counts.read;
        onProgress(counts);
      });
      const post = (request: WorkerRequest, transfer: Transferable[] = []) => {
        worker?.postMessage(request, transfer);
      };
      void handOverFiles(files, {
        send: (batch, transfer) => {
          post({ type: 'import-files', job, batch }, transfer);
        },
        isCancelled: () => cancelled,
        readByWorker: () => readByWorker,
      }).finally(() => {
        post({ type: 'import-end', job });
      });
      return {
        outcome: reply.then((r) => {
          if (r.type !== 'imported') throw new Error(`unexpected reply ${r.type}`);
          return r.outcome;
        }),
        cancel: () => {
          cancelled = true;
          post({ type: 'cancel', job });
        },
      };
    },
    async summarize() {
      const job = nextJob++;
      const reply = await send({ type: 'summarize', job });
      if (reply.type !== 'summarized') throw new Error(`unexpected reply ${reply.type}`);
      return reply.summary;
    },
  };
}

let jobs: SectorJobs | undefined;

export function sectorJobs(): SectorJobs {
  jobs ??= typeof Worker === 'function' ? workerJobs() : inThisThread;
  return jobs;
}

/** Tests choose where the work runs. */
export function setSectorJobs(chosen: SectorJobs | undefined): void {
  jobs = chosen;
}
