// A response's stored answer records as the engine reads them, apart from the records' schema: the
// questionnaire page reads answers without parsing a record.
import type { Answers } from '../engine/answer';
import type { AnswerRecord } from './answer-record';

/** Answers by question id, as the engine reads them. */
export function toAnswers(records: readonly AnswerRecord[]): Answers {
  return Object.fromEntries(
    records.map(({ responseId: _r, questionId, answeredAt: _a, revision: _v, ...answer }) => [
      questionId,
      answer,
    ]),
  );
}
