// One stored answer: the engine's answer (value, "not applicable"/"don't know", note) with the
// response and question it belongs to. Its key is [responseId, questionId].
import { z } from 'zod/mini';
import { answerSchema, type Answers } from '../engine/answer';
import { id, isoDate } from './fields';

export const answerRecordSchema = z.extend(answerSchema, {
  responseId: id,
  questionId: id,
  answeredAt: isoDate,
});
export type AnswerRecord = z.infer<typeof answerRecordSchema>;

/** Answers by question id, as the engine reads them. */
export function toAnswers(records: readonly AnswerRecord[]): Answers {
  return Object.fromEntries(
    records.map(({ responseId: _r, questionId, answeredAt: _a, ...answer }) => [
      questionId,
      answer,
    ]),
  );
}
