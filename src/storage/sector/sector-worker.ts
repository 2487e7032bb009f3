// The sector snapshot worker: imports contribution files and aggregates the stored contributions off
// the page's thread, so thousands of files never freeze the screen. It opens the same IndexedDB
// database as the page, and loads the shipped questionnaire definitions itself.
import { loadEveryVersion } from '../../content/every-version';
import { lookupIn } from '../../engine/sector-snapshot';
import { BatchQueue } from './batch-queue';
import { importContributionFiles } from './import-contributions';
import { joinFiles, type FileBatch } from './joined-files';
import { summarizeContributions } from './summarize-contributions';
import type { WorkerReply, WorkerRequest } from './sector-worker-protocol';

interface WorkerScope {
  postMessage(message: WorkerReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
}
const scope = self as unknown as WorkerScope;

const lookup = async () => lookupIn(await loadEveryVersion());

const cancelled = new Set<number>();
/** The files of each import under way, as the page hands them over. */
const arriving = new Map<number, BatchQueue<FileBatch>>();

async function handle(request: WorkerRequest): Promise<WorkerReply | null> {
  switch (request.type) {
    case 'cancel':
      cancelled.add(request.job);
      return null;
    case 'import-files':
      // the files the page did not read (archives, files not named .json, files it could not read
      // or too large), sorted out here: joining them asks the browser about each one
      arriving
        .get(request.job)
        ?.push([{ read: request.batch.read ?? [], ...joinFiles(request.batch.apart) }]);
      return null;
    case 'import-end':
      arriving.get(request.job)?.end();
      return null;
    case 'import': {
      const { job } = request;
      const batches = new BatchQueue<FileBatch>();
      arriving.set(job, batches);
      const outcome = await importContributionFiles(
        { arriving: batches, plainFiles: request.plainFiles },
        {
          definitions: await lookup(),
          isCancelled: () => cancelled.has(job),
          onProgress: (counts) => {
            scope.postMessage({ type: 'progress', job, counts });
          },
        },
      );
      cancelled.delete(job);
      arriving.delete(job);
      return { type: 'imported', job, outcome };
    }
    case 'summarize':
      return {
        type: 'summarized',
        job: request.job,
        summary: await summarizeContributions(await lookup()),
      };
  }
}

scope.addEventListener('message', (event) => {
  const request = event.data;
  handle(request).then(
    (reply) => {
      if (reply !== null) scope.postMessage(reply);
    },
    (error: unknown) => {
      scope.postMessage({
        type: 'failed',
        job: request.job,
        reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      });
    },
  );
});
