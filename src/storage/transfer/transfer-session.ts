// The page's side of reading, checking, comparing and writing backups and response files. The work
// (transfer-core.ts) runs in a Web Worker, so a large file never freezes the page; where the page's
// database is not the app's own (the in-memory demo, tests) or workers are not available, it runs on
// the page, step by step. Either way progress is reported, a cancel is honoured, and nothing is
// written before a restore or an import is confirmed; a cancelled restore leaves the device as it was.
import { database, DATABASE_NAME } from '../database';
import type { Parsed } from './import-error';
import type { Choice, Choices, RestoreMode, RestoreSummary } from './plan-restore';
import type { ResponseImportOutcome } from './response-import';
import type {
  BackupPreview,
  ConflictView,
  Progress,
  ResponseCheck,
  StepCancelled,
  TransferCore,
} from './transfer-core';
import {
  writingRequests,
  type FromWorker,
  type ToWorker,
  type TransferReplies,
  type TransferRequest,
  type TransferRequestKind,
} from './transfer-protocol';

/** The person cancelled: the step stopped and nothing was changed. */
export class TransferCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

export interface TransferSession {
  openBackup(file: Blob, mode: RestoreMode): Promise<Parsed<BackupPreview>>;
  previewBackup(mode: RestoreMode): Promise<BackupPreview>;
  conflicts(offset: number, count: number): Promise<ConflictView[]>;
  restoreBackup(mode: RestoreMode, choices: Choices): Promise<RestoreSummary>;
  checkResponseFile(cycleId: string, file: Blob): Promise<Parsed<ResponseCheck>>;
  importResponseFile(token: string, choice?: Choice): Promise<Parsed<ResponseImportOutcome>>;
  /** Stops the step under way; its promise rejects with TransferCancelled. */
  cancel(): void;
  /** Ends the session (the files read are forgotten). */
  close(): void;
}

/** What the session needs of a Worker (tests give it one served in the same thread). */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  /** Its script could not load, or threw outside a request. */
  onerror: ((event: ErrorEvent) => void) | null;
}

type Send = <K extends TransferRequestKind>(
  request: Extract<TransferRequest, { kind: K }>,
) => Promise<TransferReplies[K]>;

function session(send: Send, cancel: () => void, close: () => void): TransferSession {
  return {
    openBackup: (file, mode) => send({ kind: 'open-backup', file, mode }),
    previewBackup: (mode) => send({ kind: 'preview-backup', mode }),
    conflicts: (offset, count) => send({ kind: 'conflicts', offset, count }),
    restoreBackup: (mode, choices) => send({ kind: 'restore-backup', mode, choices }),
    checkResponseFile: (cycleId, file) => send({ kind: 'check-response', cycleId, file }),
    importResponseFile: (token, choice) =>
      send(
        choice === undefined
          ? { kind: 'import-response', token }
          : { kind: 'import-response', token, choice },
      ),
    cancel,
    close,
  };
}

/**
 * A session whose work runs in the worker `create` starts (on first use, and again after a cancel
 * stopped it).
 */
export function workerSession(
  onProgress: (progress: Progress) => void,
  create: () => WorkerLike,
): TransferSession {
  let worker: WorkerLike | undefined;
  let nextId = 1;
  const pending = new Map<
    number,
    { kind: TransferRequestKind; resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();

  const rejectAll = (error: () => Error) => {
    for (const { reject } of pending.values()) reject(error());
    pending.clear();
  };

  const stop = () => {
    worker?.terminate();
    worker = undefined;
    rejectAll(() => new TransferCancelled());
  };

  const started = (): WorkerLike => {
    if (worker) return worker;
    const created = create();
    created.onmessage = (event) => {
      const message = event.data;
      if (message.type === 'progress') {
        onProgress(message.progress);
        return;
      }
      const waiting = pending.get(message.id);
      if (!waiting) return;
      pending.delete(message.id);
      if (message.type === 'reply') waiting.resolve(message.value);
      else if (message.type === 'cancelled') waiting.reject(new TransferCancelled());
      else waiting.reject(Object.assign(new Error(message.message), { name: message.name }));
    };
    // The worker's code could not load or run: whatever it held is gone, so the next request
    // starts a new one.
    created.onerror = (event) => {
      event.preventDefault();
      created.terminate();
      if (worker === created) worker = undefined;
      rejectAll(() => new Error(event.message || 'the transfer worker stopped'));
    };
    worker = created;
    return created;
  };

  const send: Send = (request) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { kind: request.kind, resolve: resolve as (value: unknown) => void, reject });
      started().postMessage({ type: 'request', id, databaseName: database().name, request });
    });

  const cancel = () => {
    const kinds = [...pending.values()].map((waiting) => waiting.kind);
    if (kinds.length === 0) return;
    // Reading, checking and comparing write nothing: stopping them is stopping the worker (the
    // files it read are forgotten). A write is undone inside its transaction at its next step; a
    // response file checked and waiting for the person's decision stays checked.
    if (kinds.some((kind) => writingRequests.has(kind)) || kinds.includes('check-response'))
      worker?.postMessage({ type: 'cancel' });
    else stop();
  };

  return session(send, cancel, stop);
}

/** A session whose work runs on the page (the demo's in-memory database; tests in jsdom). */
function pageSession(onProgress: (progress: Progress) => void): TransferSession {
  let cancelled = false;
  const isCancelled = () => cancelled;
  let core: Promise<{ work: TransferCore; cancelledError: typeof StepCancelled }> | undefined;
  // Loaded on first use: the page carries this code only where it runs it.
  const loaded = () =>
    (core ??= import('./transfer-core').then((module) => ({
      work: new module.TransferCore({
        report: onProgress,
        cancelled: isCancelled,
        now: () => Date.now(),
      }),
      cancelledError: module.StepCancelled,
    })));
  const send: Send = async (request) => {
    cancelled = false;
    const { work, cancelledError } = await loaded();
    try {
      const reply = await work.handle(request);
      // A write that finished stands; anything else cancelled meanwhile is forgotten.
      if (isCancelled() && !writingRequests.has(request.kind)) throw new TransferCancelled();
      return reply;
    } catch (error) {
      throw error instanceof cancelledError ? new TransferCancelled() : error;
    }
  };
  const cancel = () => {
    cancelled = true;
  };
  return session(send, cancel, cancel);
}

const transferWorker = (): WorkerLike =>
  new Worker(new URL('./transfer.worker.ts', import.meta.url), {
    type: 'module',
    name: 'boussole-transfer',
  });

/**
 * A session for one restore or one batch of response files. `onProgress` hears each step (reading,
 * checking, comparing, writing) and how far it has got.
 */
export function startTransferSession(onProgress: (progress: Progress) => void): TransferSession {
  // A worker opens the app's database by name; the demo's lives in the page's memory only.
  const inWorker = typeof Worker !== 'undefined' && database().name === DATABASE_NAME;
  return inWorker ? workerSession(onProgress, transferWorker) : pageSession(onProgress);
}
