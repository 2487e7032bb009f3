// The messages between the page and the sector snapshot worker. Definitions travel as plain data
// (the parsed definition and its content hash) and are prepared again in the worker.
import type { Questionnaire } from '../../engine/schema';
import type { ImportCounts, ImportOutcome } from './import-contributions';
import type { ContributionSummary } from './summarize-contributions';

export interface DefinitionData {
  definition: Questionnaire;
  contentHash: string;
}

export type WorkerRequest =
  | { type: 'import'; job: number; files: File[]; definitions: DefinitionData[] }
  | { type: 'cancel'; job: number }
  | { type: 'summarize'; job: number; definitions: DefinitionData[] };

export type WorkerReply =
  | { type: 'progress'; job: number; counts: ImportCounts }
  | { type: 'imported'; job: number; outcome: ImportOutcome }
  | { type: 'summarized'; job: number; summary: ContributionSummary }
  | { type: 'failed'; job: number; reason: string };
