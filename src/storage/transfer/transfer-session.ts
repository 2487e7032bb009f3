// The page's side of restoring a backup: the work (transfer-core.ts) runs here, step by step, with
// progress reported and a cancel honoured. Nothing is written before `restoreBackup`, and a cancelled
// restore leaves the device as it was.
import type { Parsed } from './import-error';
import type { Choice, Choices, RestoreMode, RestoreSummary } from './plan-restore';
import { RestoreCancelled } from './restore-backup';
import type { ResponseImportOutcome } from './response-import';
import {
  TransferCore,
  type BackupPreview,
  type ConflictView,
  type Progress,
  type ResponseCheck,
} from './transfer-core';

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
  /** Ends the session (the file read is forgotten). */
  close(): void;
}

export function startTransferSession(onProgress: (progress: Progress) => void): TransferSession {
  let cancelled = false;
  const isCancelled = () => cancelled;
  const core = new TransferCore({
    report: onProgress,
    cancelled: isCancelled,
    now: () => Date.now(),
  });
  const step = async <T>(work: () => Promise<T>): Promise<T> => {
    cancelled = false;
    try {
      const result = await work();
      if (isCancelled()) throw new TransferCancelled();
      return result;
    } catch (error) {
      throw error instanceof RestoreCancelled ? new TransferCancelled() : error;
    }
  };
  return {
    openBackup: (file, mode) => step(() => core.openBackup(file, mode)),
    previewBackup: (mode) => step(() => core.previewBackup(mode)),
    conflicts: (offset, count) => Promise.resolve(core.conflicts(offset, count)),
    restoreBackup: (mode, choices) => step(() => core.restoreBackup(mode, choices)),
    checkResponseFile: (cycleId, file) => step(() => core.checkResponseFile(cycleId, file)),
    importResponseFile: (token, choice) => step(() => core.importResponseFile(token, choice)),
    cancel: () => {
      cancelled = true;
    },
    close: () => {
      cancelled = true;
    },
  };
}
