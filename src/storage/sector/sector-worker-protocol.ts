// The messages between the page and the sector snapshot worker. The worker loads the questionnaire
// definitions itself (copying them from the page would block it for as long as the copy takes). Files
// travel in batches after an 'import' that says how many plain files will come: the page reads the
// contribution files' bytes (asynchronously, so it never waits on the disk) and sends them without
// copying, a group at a time, while the worker already checks the first ones.
import type { ImportCounts, ImportOutcome } from './import-contributions';
import type { FileBatch } from './joined-files';
import type { ContributionSummary } from './summarize-contributions';

export type WorkerRequest =
  | { type: 'import'; job: number; plainFiles: number }
  | { type: 'import-files'; job: number; batch: FileBatch }
  | { type: 'import-end'; job: number }
  | { type: 'cancel'; job: number }
  | { type: 'summarize'; job: number };

export type WorkerReply =
  | { type: 'progress'; job: number; counts: ImportCounts }
  | { type: 'imported'; job: number; outcome: ImportOutcome }
  | { type: 'summarized'; job: number; summary: ContributionSummary }
  | { type: 'failed'; job: number; reason: string };
