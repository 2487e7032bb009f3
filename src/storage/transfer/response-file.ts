// Response files (.boussole.json): one person's answers to one questionnaire, moved between devices.
// They carry the questionnaire id, version and content hash, the respondent's label, the answers with
// their notes and timestamps, and nothing else about the device.
import { z } from 'zod/mini';
import { answerSchema } from '../../engine/answer';
import type { PreparedQuestionnaire } from '../../engine/prepare';
import { scoreAnswer } from '../../engine/answer';
import { database } from '../database';
import { getAnswerRecords, getResponse } from '../responses';
import type { AnswerRecord, Response } from '../records';
import { now } from '../ids';
import { openEnvelope, seal } from './envelope';
import { refuse, type Parsed } from './import-error';
import { parseStructure } from './structure';

export const RESPONSE_FORMAT_VERSION = 1;

const isoDate = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().check(z.maxLength(max));

const responseFileSchema = z.strictObject({
  format: z.literal('boussole-response'),
  formatVersion: z.number(),
  exportedAt: isoDate,
  questionnaire: z.strictObject({
    id: text(100),
    version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/)),
    contentHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  }),
  response: z.strictObject({
    id: z.string().check(z.minLength(1), z.maxLength(100)),
    respondent: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    startedAt: isoDate,
    updatedAt: isoDate,
    submittedAt: z.optional(isoDate),
  }),
  answers: z.record(text(100), z.extend(answerSchema, { answeredAt: isoDate })),
  checksum: z.string(),
});
export type ResponseFile = z.infer<typeof responseFileSchema>;

/** The file content for one stored response. */
export async function buildResponseFile(responseId: string): Promise<ResponseFile | undefined> {
  const response = await getResponse(responseId);
  if (!response) return undefined;
  const records = await getAnswerRecords(responseId);
  const responsePart: ResponseFile['response'] = {
    id: response.id,
    respondent: response.respondent,
    startedAt: response.startedAt,
    updatedAt: response.updatedAt,
  };
  if (response.submittedAt) responsePart.submittedAt = response.submittedAt;
  return seal({
    format: 'boussole-response' as const,
    formatVersion: RESPONSE_FORMAT_VERSION,
    exportedAt: now(),
    questionnaire: {
      id: response.questionnaireId,
      version: response.version,
      contentHash: response.contentHash,
    },
    response: responsePart,
    answers: Object.fromEntries(
      records
        .sort((a, b) => a.questionId.localeCompare(b.questionId))
        .map(({ responseId: _r, revision: _v, questionId, ...answer }) => [questionId, answer]),
    ),
  });
}

/** Checks a parsed JSON value is an intact response file of a supported format version. */
export function parseResponseFile(raw: unknown): Parsed<ResponseFile> {
  const envelope = openEnvelope(raw, 'boussole-response', RESPONSE_FORMAT_VERSION);
  if (!envelope.ok) return envelope;
  return parseStructure(responseFileSchema, envelope.value);
}

/** Checks the answers fit the questionnaire version the file names (the caller loaded it). */
export function checkAgainstQuestionnaire(
  file: ResponseFile,
  questionnaire: PreparedQuestionnaire,
): Parsed<ResponseFile> {
  if (questionnaire.contentHash !== file.questionnaire.contentHash) {
    return refuse('questionnaire-changed', {
      id: file.questionnaire.id,
      version: file.questionnaire.version,
    });
  }
  for (const [questionId, answer] of Object.entries(file.answers)) {
    const question = questionnaire.questionById.get(questionId);
    if (!question) return refuse('answers-invalid', { question: questionId });
    if (answer.value === undefined && answer.special === undefined) continue;
    if (scoreAnswer(question, answer).status === 'invalid')
      return refuse('answers-invalid', { question: questionId });
  }
  return { ok: true, value: file };
}

/**
 * Adds the response to a cycle in one transaction. The response keeps its id, so importing the same
 * file again is recognised and refused rather than duplicated.
 */
export async function importResponse(
  cycleId: string,
  file: ResponseFile,
): Promise<Parsed<Response>> {
  const db = database();
  return db.transaction('rw', db.cycles, db.responses, db.answers, async () => {
    const cycle = await db.cycles.get(cycleId);
    if (!cycle) return refuse('cycle-missing');
    if (cycle.closedAt) return refuse('cycle-closed', { cycle: cycle.name });
    const { id, version } = file.questionnaire;
    if (!cycle.questionnaires.some((q) => q.id === id)) {
      return refuse('questionnaire-not-in-cycle', { id, cycle: cycle.name });
    }
    const existing = await db.responses.get(file.response.id);
    if (existing) {
      const where = await db.cycles.get(existing.cycleId);
      return refuse('duplicate', { respondent: existing.respondent, cycle: where?.name ?? '' });
    }
    const response: Response = {
      id: file.response.id,
      cycleId,
      questionnaireId: id,
      version,
      contentHash: file.questionnaire.contentHash,
      respondent: file.response.respondent,
      startedAt: file.response.startedAt,
      updatedAt: file.response.updatedAt,
      origin: 'imported',
    };
    if (file.response.submittedAt) response.submittedAt = file.response.submittedAt;
    const records: AnswerRecord[] = Object.entries(file.answers).map(([questionId, answer]) => ({
      ...answer,
      responseId: response.id,
      questionId,
    }));
    await db.responses.add(response);
    await db.answers.bulkAdd(records);
    return { ok: true, value: response };
  });
}
