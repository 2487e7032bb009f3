// The requests a page sends to the transfer worker (transfer.worker.ts), and the messages it gets
// back. Files travel as Blobs (passed by reference, not copied); everything else is small.
import type { Parsed } from './import-error';
import type { Choice, Choices, RestoreMode, RestoreSummary } from './plan-restore';
import type { ResponseImportOutcome } from './response-import';
import type { BackupPreview, ConflictView, Progress, ResponseCheck } from './transfer-core';

/** Conflicts sent with a preview, and per page after: a long list never crosses to the page at once. */
export const CONFLICT_PAGE = 20;

export type TransferRequest =
  | { kind: 'open-backup'; file: Blob; mode: RestoreMode }
  | { kind: 'preview-backup'; mode: RestoreMode }
  | { kind: 'conflicts'; offset: number; count: number }
  | { kind: 'restore-backup'; mode: RestoreMode; choices: Choices }
  | { kind: 'check-response'; cycleId: string; file: Blob }
  | { kind: 'import-response'; token: string; choice?: Choice };
export type TransferRequestKind = TransferRequest['kind'];

/**
 * The requests that write. A cancel stops any other request at once and forgets its result; a write
 * is stopped inside its transaction at its next step, and a write that has finished stands.
 */
export const writingRequests: ReadonlySet<TransferRequestKind> = new Set([
  'restore-backup',
  'import-response',
]);

/** What each request answers. */
export interface TransferReplies {
  'open-backup': Parsed<BackupPreview>;
  'preview-backup': BackupPreview;
  conflicts: ConflictView[];
  'restore-backup': RestoreSummary;
  'check-response': Parsed<ResponseCheck>;
  'import-response': Parsed<ResponseImportOutcome>;
}

export type ToWorker =
  | {
      type: 'request';
      id: number;
      /** The page's database: the worker opens the same one by name. */
      databaseName: string;
      request: TransferRequest;
    }
  /** Stop the request under way at its next step; a restore under way is undone. */
  | { type: 'cancel' };

export type FromWorker =
  | { type: 'progress'; progress: Progress }
  | { type: 'reply'; id: number; value: unknown }
  | { type: 'cancelled'; id: number }
  /** An unexpected failure, as an error name (QuotaExceededError for a full disk) and message. */
  | { type: 'failed'; id: number; name: string; message: string };
