// Responses to a questionnaire within a cycle, and their answers. Each answer is written the moment it
// is given, in one transaction with the response's timestamp, so a closed tab or power loss loses nothing.
import type { Answer, Answers } from '../engine/answer';
import { database } from './database';
import { newId, now } from './ids';
import { toAnswers, type AnswerRecord } from '../domain/answer-record';
import type { NewResponse, Response } from '../domain/response';
import { RecordMissingError } from './record-missing';

export async function createResponse(input: NewResponse): Promise<Response> {
  const stamp = now();
  const response: Response = {
    ...input,
    respondent: input.respondent.trim(),
    id: newId(),
    startedAt: stamp,
    updatedAt: stamp,
    origin: 'local',
  };
  await database().responses.add(response);
  return response;
}

export async function getResponse(id: string): Promise<Response | undefined> {
  return database().responses.get(id);
}

export async function listResponses(cycleId: string): Promise<Response[]> {
  return database().responses.where('cycleId').equals(cycleId).sortBy('startedAt');
}

export async function getAnswerRecords(responseId: string): Promise<AnswerRecord[]> {
  return database().answers.where('responseId').equals(responseId).toArray();
}

export async function getAnswers(responseId: string): Promise<Answers> {
  return toAnswers(await getAnswerRecords(responseId));
}

/**
 * Saves one answer (value, "not applicable"/"don't know" and note together) or clears it with `null`.
 * An answer with a note but no value keeps the note.
 */
export async function saveAnswer(
  responseId: string,
  questionId: string,
  answer: Answer | null,
): Promise<void> {
  const db = database();
  const stamp = now();
  await db.transaction('rw', db.answers, db.responses, async () => {
    if ((await db.responses.update(responseId, { updatedAt: stamp })) === 0) {
      throw new RecordMissingError('response');
    }
    const empty =
      answer === null ||
      (answer.value === undefined && answer.special === undefined && !answer.note);
    if (empty) await db.answers.delete([responseId, questionId]);
    else await db.answers.put({ ...answer, responseId, questionId, answeredAt: stamp });
  });
}

export async function rememberPage(responseId: string, page: string): Promise<void> {
  await database().responses.update(responseId, { lastPage: page });
}

export async function submitResponse(responseId: string, submitted: boolean): Promise<void> {
  const db = database();
  await db.transaction('rw', db.responses, async () => {
    const response = await db.responses.get(responseId);
    if (!response) throw new RecordMissingError('response');
    const { submittedAt: _s, ...rest } = response;
    await db.responses.put(
      submitted ? { ...rest, submittedAt: now(), updatedAt: now() } : { ...rest, updatedAt: now() },
    );
  });
}

export async function renameRespondent(responseId: string, respondent: string): Promise<void> {
  await database().responses.update(responseId, {
    respondent: respondent.trim(),
    updatedAt: now(),
  });
}

/** Deletes a response and its answers together. */
export async function deleteResponse(responseId: string): Promise<void> {
  const db = database();
  await db.transaction('rw', db.answers, db.responses, async () => {
    await db.answers.where('responseId').equals(responseId).delete();
    await db.responses.delete(responseId);
  });
}

/**
 * Number of responses in each cycle (every cycle, zero included), counted by the index without
 * loading the responses: one count request per cycle, where walking the index with a cursor takes a
 * step per response (600 responses: about 2 ms against 10 ms in Chromium).
 */
export async function countResponsesByCycle(): Promise<Map<string, number>> {
  const db = database();
  return db.transaction('r', db.cycles, db.responses, async () => {
    const cycleIds = await db.cycles.toCollection().primaryKeys();
    const counts = await Promise.all(
      cycleIds.map((cycleId) => db.responses.where('cycleId').equals(cycleId).count()),
    );
    return new Map(cycleIds.map((cycleId, index) => [cycleId, counts[index] ?? 0]));
  });
}
