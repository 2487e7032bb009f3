// One stored answer: the engine's answer (value, "not applicable"/"don't know", note) with the
// response and question it belongs to. Its key is [responseId, questionId].
import { z } from 'zod/mini';
import { answerSchema } from '../engine/answer';
import { id, isoDate, revision } from './fields';

export const answerRecordSchema = z.extend(answerSchema, {
  responseId: id,
  questionId: id,
  answeredAt: isoDate,
  revision,
});
export type AnswerRecord = z.infer<typeof answerRecordSchema>;
