// Importing a response file into a cycle, when the response may already be here. The file's copy and
// this device's are compared by revision (revision.ts), never by clock:
// - not here yet → added;
// - the same answers → "already imported", nothing written;
// - the file's copy has seen every change made here, and more → after a preview of what changes,
//   it replaces the older copy;
// - this device's copy is the newer one → refused, saying so;
// - both changed since they last matched, or either has no revision → the person chooses.
// Everything is written in one transaction, after checking again that the plan still holds.
import { canonicalJson } from '../../engine/content-hash';
import { database } from '../database';
import type { AnswerRecord } from '../../domain/answer-record';
import type { Response } from '../../domain/response';
import { compareRevisions, joinRevisions } from '../revision-order';
import { refuse, type Parsed } from './import-error';
import { instant } from './instants';
import type { Choice } from './plan-restore';
import type { ResponseFile } from './response-file';

/** What importing the file would change in the copy already here. */
export interface ResponseChanges {
  answersAdded: number;
  answersChanged: number;
  answersRemoved: number;
  /** Submitted here, and in the file. */
  submitted: { device: boolean; file: boolean };
  respondent: { device: string; file: string };
  version: { device: string; file: string };
}

export type ResponseImportPlan =
  | { kind: 'new' }
  | { kind: 'identical' }
  | { kind: 'newer'; changes: ResponseChanges }
  | {
      kind: 'conflict';
      /** Both changed since they last matched, or one copy carries no revision to tell. */
      reason: 'both-changed' | 'unknown';
      changes: ResponseChanges;
      deviceChangedAt: string;
      fileChangedAt: string;
    };

/** The answer content of a copy, by question id (time stamps and revisions left out). */
function answerContent(
  answers: Record<string, { value?: unknown; special?: unknown; note?: unknown }>,
) {
  return new Map(
    Object.entries(answers).map(([questionId, { value, special, note }]) => [
      questionId,
      canonicalJson({ value, special, note }),
    ]),
  );
}

function fileAnswers(file: ResponseFile) {
  return answerContent(file.answers);
}

function deviceAnswers(records: readonly AnswerRecord[]) {
  return answerContent(Object.fromEntries(records.map((record) => [record.questionId, record])));
}

export function changesBetween(
  response: Response,
  records: readonly AnswerRecord[],
  file: ResponseFile,
): ResponseChanges {
  const mine = deviceAnswers(records);
  const theirs = fileAnswers(file);
  let answersAdded = 0;
  let answersChanged = 0;
  for (const [questionId, content] of theirs) {
    const current = mine.get(questionId);
    if (current === undefined) answersAdded += 1;
    else if (current !== content) answersChanged += 1;
  }
  return {
    answersAdded,
    answersChanged,
    answersRemoved: [...mine.keys()].filter((questionId) => !theirs.has(questionId)).length,
    submitted: {
      device: response.submittedAt !== undefined,
      file: file.response.submittedAt !== undefined,
    },
    respondent: { device: response.respondent, file: file.response.respondent },
    version: { device: response.version, file: file.questionnaire.version },
  };
}

const unchanged = (changes: ResponseChanges, response: Response, file: ResponseFile) =>
  changes.answersAdded + changes.answersChanged + changes.answersRemoved === 0 &&
  changes.submitted.device === changes.submitted.file &&
  changes.respondent.device === changes.respondent.file &&
  response.version === file.questionnaire.version &&
  response.contentHash === file.questionnaire.contentHash;

/** Milliseconds of a stamp, for a message's date (display only); 0 when it cannot be read. */
const when = (stamp: string) => instant(stamp) ?? 0;

/**
 * What importing `file` would do, given the copy of its response already on this device (if any).
 * A refusal when this device's copy is the newer one.
 */
export function planResponseImport(
  existing: { response: Response; answers: readonly AnswerRecord[] } | undefined,
  file: ResponseFile,
): Parsed<ResponseImportPlan> {
  if (!existing) return { ok: true, value: { kind: 'new' } };
  const { response, answers } = existing;
  const changes = changesBetween(response, answers, file);
  if (unchanged(changes, response, file)) return { ok: true, value: { kind: 'identical' } };
  const causality = compareRevisions(response.revision, file.response.revision);
  if (causality === 'file-newer') return { ok: true, value: { kind: 'newer', changes } };
  if (causality === 'device-newer') {
    return refuse('older-copy', {
      respondent: response.respondent,
      deviceChanged: when(response.updatedAt),
      fileChanged: when(file.response.updatedAt),
    });
  }
  return {
    ok: true,
    value: {
      kind: 'conflict',
      reason: causality === 'unknown' ? 'unknown' : 'both-changed',
      changes,
      deviceChangedAt: response.updatedAt,
      fileChangedAt: file.response.updatedAt,
    },
  };
}

/** The file's copy of the response, as stored in `cycleId`. */
function responseFromFile(file: ResponseFile, cycleId: string, existing?: Response): Response {
  const { id, respondent, startedAt, updatedAt, submittedAt } = file.response;
  const response: Response = {
    // What is this device's own stays: where the response came from, the page it was on, its
    // history of carried-over versions and a newer version the respondent declined.
    ...existing,
    id,
    cycleId,
    questionnaireId: file.questionnaire.id,
    version: file.questionnaire.version,
    contentHash: file.questionnaire.contentHash,
    respondent,
    startedAt,
    updatedAt,
    origin: existing?.origin ?? 'imported',
  };
  delete response.submittedAt;
  if (submittedAt !== undefined) response.submittedAt = submittedAt;
  const revision = joinRevisions(file.response.revision, existing?.revision);
  if (revision) response.revision = revision;
  else delete response.revision;
  return response;
}

function answersFromFile(file: ResponseFile): AnswerRecord[] {
  return Object.entries(file.answers).map(([questionId, answer]) => ({
    ...answer,
    responseId: file.response.id,
    questionId,
  }));
}

export type ResponseImportOutcome =
  /** Added: it was not here. */
  | { status: 'imported'; response: Response }
  /** The file's copy replaced the one here. */
  | { status: 'replaced'; response: Response }
  /** The person kept this device's copy; it now counts as having seen the file's. */
  | { status: 'kept'; response: Response }
  /** The same answers were here already; nothing was written. */
  | { status: 'already-imported'; response: Response }
  /** A newer copy or a conflict: nothing is written until the person decides (`choice`). */
  | { status: 'needs-choice'; response: Response; plan: ResponseImportPlan };

interface Examined {
  existing: Response | undefined;
  plan: ResponseImportPlan;
}

/** Checks the cycle can take the file, and plans the import (inside the caller's transaction). */
async function examine(cycleId: string, file: ResponseFile): Promise<Parsed<Examined>> {
  const db = database();
  const cycle = await db.cycles.get(cycleId);
  if (!cycle) return refuse('cycle-missing');
  if (cycle.closedAt) return refuse('cycle-closed', { cycle: cycle.name });
  const { id } = file.questionnaire;
  if (!cycle.questionnaires.some((q) => q.id === id)) {
    return refuse('questionnaire-not-in-cycle', { id, cycle: cycle.name });
  }
  const existing = await db.responses.get(file.response.id);
  if (existing && existing.cycleId !== cycleId) {
    const where = await db.cycles.get(existing.cycleId);
    return refuse('duplicate', { respondent: existing.respondent, cycle: where?.name ?? '' });
  }
  const answers = existing
    ? await db.answers.where('responseId').equals(existing.id).toArray()
    : [];
  const plan = planResponseImport(existing && { response: existing, answers }, file);
  return plan.ok ? { ok: true, value: { existing, plan: plan.value } } : plan;
}

/** What importing the file into the cycle would do, without changing anything. */
export async function previewResponseImport(
  cycleId: string,
  file: ResponseFile,
): Promise<Parsed<ResponseImportPlan>> {
  const db = database();
  const examined = await db.transaction('r', db.cycles, db.responses, db.answers, () =>
    examine(cycleId, file),
  );
  return examined.ok ? { ok: true, value: examined.value.plan } : examined;
}

/**
 * Imports a response file into a cycle in one transaction. For a response already here, `choice`
 * is the person's decision after seeing the plan: "file" replaces this device's copy with the file's
 * (for a newer copy or a conflict), "device" keeps this device's (for a conflict). Without a choice,
 * only a response that is not here yet is written. The plan is made again here, so a change made
 * since the preview (in another tab, say) is never overwritten unseen.
 */
export async function importResponse(
  cycleId: string,
  file: ResponseFile,
  choice?: Choice,
): Promise<Parsed<ResponseImportOutcome>> {
  const db = database();
  return db.transaction('rw', db.cycles, db.responses, db.answers, async () => {
    const examined = await examine(cycleId, file);
    if (!examined.ok) return examined;
    const { existing, plan } = examined.value;
    if (!existing) {
      const response = responseFromFile(file, cycleId);
      await db.responses.add(response);
      await db.answers.bulkAdd(answersFromFile(file));
      return { ok: true, value: { status: 'imported', response } };
    }
    if (plan.kind === 'identical' || plan.kind === 'new')
      return { ok: true, value: { status: 'already-imported', response: existing } };
    const decided = choice === 'file' || (choice === 'device' && plan.kind === 'conflict');
    if (!decided) return { ok: true, value: { status: 'needs-choice', response: existing, plan } };
    if (choice === 'device') {
      const revision = joinRevisions(existing.revision, file.response.revision);
      const kept: Response = revision ? { ...existing, revision } : existing;
      await db.responses.put(kept);
      return { ok: true, value: { status: 'kept', response: kept } };
    }
    const response = responseFromFile(file, cycleId, existing);
    await db.answers.where('responseId').equals(existing.id).delete();
    await db.answers.bulkAdd(answersFromFile(file));
    await db.responses.put(response);
    return { ok: true, value: { status: 'replaced', response } };
  });
}
