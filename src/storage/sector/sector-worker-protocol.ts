// The messages between the page and the sector snapshot worker. The worker loads the questionnaire
// definitions itself (copying them from the page would block it for as long as the copy takes).
import type { ImportCounts, ImportOutcome } from './import-contributions';
import type { ContributionSummary } from './summarize-contributions';

export type WorkerRequest =
  | { type: 'import'; job: number; files: File[] }
  | { type: 'cancel'; job: number }
  | { type: 'summarize'; job: number };

export type WorkerReply =
  | { type: 'progress'; job: number; counts: ImportCounts }
  | { type: 'imported'; job: number; outcome: ImportOutcome }
  | { type: 'summarized'; job: number; summary: ContributionSummary }
  | { type: 'failed'; job: number; reason: string };
