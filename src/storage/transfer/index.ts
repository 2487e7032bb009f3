// The entry of moving data between devices: backups, response files, restore plans, and the worker
// session that reads large files. src/state imports this file, never the modules behind it; only the
// screens that move data load it.
export { buildBackup } from './backup-file';
export type { ImportError } from './import-error';
export { instant, isImplausible } from './instants';
export {
  choiceFor,
  type Choice,
  type Choices,
  type RestoreMode,
  type RestoreSummary,
} from './plan-restore';
export { lastChanged, recordKinds, type AnyRecord } from './record-kinds';
export { buildResponseFile } from './response-file';
export type { ResponseChanges, ResponseImportPlan } from './response-import';
export type { BackupPreview, ConflictView, Progress } from './transfer-core';
export { CONFLICT_PAGE } from './transfer-protocol';
export { startTransferSession, TransferCancelled, type TransferSession } from './transfer-session';
// After a restore in "replace" mode, what the device held before is settled (drafts, other tabs).
export { settleReplacedData } from '../device-data';
