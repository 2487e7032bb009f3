// Response files (.boussole.json): one person's answers to one questionnaire, moved between devices.
// They carry the questionnaire id, version and content hash, the respondent's label, the answers with
// their notes and timestamps, and nothing else about the device.
// Format 1: as above. Format 2: the response and each answer also carry their revision
// (revision.ts), so a newer export of the same response can replace the older import
// (response-import.ts). Format-1 files still import.
import { z } from 'zod/mini';
import { answerSchema } from '../../engine/answer';
import type { PreparedQuestionnaire } from '../../engine/prepare';
import { scoreAnswer } from '../../engine/answer';
import { getAnswerRecords, getResponse } from '../responses';
import { now } from '../ids';
import { revisionSchema } from '../../domain/revision-schema';
import { openEnvelope, seal } from './envelope';
import { refuse, type Parsed } from './import-error';
import { parseStructure } from './structure';
import { MAX_ID_LENGTH, MAX_NAME_LENGTH } from '../../domain/limits';

export const RESPONSE_FORMAT_VERSION = 2;

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
    id: z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH)),
    respondent: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_NAME_LENGTH)),
    startedAt: isoDate,
    updatedAt: isoDate,
    submittedAt: z.optional(isoDate),
    revision: z.optional(revisionSchema),
  }),
  answers: z.record(
    text(100),
    z.extend(answerSchema, { answeredAt: isoDate, revision: z.optional(revisionSchema) }),
  ),
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
  if (response.revision) responsePart.revision = response.revision;
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
        .map(({ responseId: _r, questionId, ...answer }) => [questionId, answer]),
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
