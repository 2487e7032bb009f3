// Helpers for tests of reading and restoring files: a backup of the test device as a file, a file
// whose reading waits until the test lets it go on, and a transfer worker served in the same thread.
import { buildBackup } from '../../src/storage/transfer/backup-file';
import { serveTransfers, type HostPort } from '../../src/storage/transfer/transfer-host';
import type { FromWorker, ToWorker } from '../../src/storage/transfer/transfer-protocol';
import type { WorkerLike } from '../../src/storage/transfer/transfer-session';

/** This device's backup, as the file an export downloads. */
export async function backupFile(name = 'boussole-backup.json'): Promise<File> {
  return new File([JSON.stringify(await buildBackup())], name, { type: 'application/json' });
}

/** A file whose reading waits for `release()`: a large file, as far as a cancel is concerned. */
export function slowFile(file: File): { file: File; release: () => void } {
  let release: () => void = () => undefined;
  const released = new Promise<undefined>((resolve) => {
    release = () => resolve(undefined);
  });
  const read = file.arrayBuffer.bind(file);
  Object.defineProperty(file, 'arrayBuffer', {
    value: async () => {
      await released;
      return read();
    },
  });
  return { file, release };
}

export interface InProcessWorkers {
  /** Starts a worker for a session (`workerSession(onProgress, workers.create)`). */
  create: () => WorkerLike;
  /** How many were started, and how many were stopped. */
  started: () => number;
  terminated: () => number;
}

/**
 * Transfer workers served in this thread by the worker's own host (transfer-host.ts). Messages go
 * one way and the other as a worker's would: copied, never shared.
 */
export function inProcessWorkers(): InProcessWorkers {
  let started = 0;
  let terminated = 0;
  const create = (): WorkerLike => {
    started += 1;
    let stopped = false;
    const copy = <T extends ToWorker | FromWorker>(message: T): T => {
      const copied = structuredClone(message);
      // A real worker gets a file's bytes as they are; this keeps the very object, so a test's
      // slow file stays slow.
      if (copied.type === 'request' && message.type === 'request' && 'file' in message.request)
        Object.assign(copied.request, { file: message.request.file });
      return copied;
    };
    const page: WorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage: (message: ToWorker) => {
        if (!stopped) host.onmessage?.(new MessageEvent('message', { data: copy(message) }));
      },
      terminate: () => {
        if (!stopped) terminated += 1;
        stopped = true;
      },
    };
    const host: HostPort = {
      onmessage: null,
      postMessage: (message: FromWorker) => {
        if (!stopped) page.onmessage?.(new MessageEvent('message', { data: copy(message) }));
      },
    };
    // The test's database is the page's and the worker's alike: nothing to open by name.
    serveTransfers(host, () => undefined);
    return page;
  };
  return { create, started: () => started, terminated: () => terminated };
}
