// One person's response to one questionnaire version within a cycle, and the versions it was carried
// from. Its answers are separate records (answer-record.ts).
import { z } from 'zod/mini';
import { answerSchema } from '../engine/answer';
import { hash, id, isoDate, name, revision, version } from './fields';

/** A version a response was carried from to a newer one, with the answers it had there. */
export const carriedFromSchema = z.strictObject({
  version,
  contentHash: hash,
  carriedAt: isoDate,
  /** Every answer as it stood on that version, so carrying over never loses one. */
  answers: z
    .array(z.extend(answerSchema, { questionId: id, answeredAt: isoDate }))
    .check(z.maxLength(2000)),
  /** What the respondent was asked to look at (engine `carryAnswersThrough`), newer version's ids. */
  newQuestions: z.array(id).check(z.maxLength(2000)),
  changedQuestions: z.array(id).check(z.maxLength(2000)),
  droppedAnswers: z
    .array(
      z.strictObject({
        questionId: id,
        reason: z.enum(['question-removed', 'answer-no-longer-fits']),
      }),
    )
    .check(z.maxLength(2000)),
});
export type CarriedFrom = z.infer<typeof carriedFromSchema>;

export const responseSchema = z.strictObject({
  id,
  cycleId: id,
  questionnaireId: id,
  version,
  contentHash: hash,
  /** Name or role of whoever answers, e.g. "Executive director". */
  respondent: name,
  startedAt: isoDate,
  updatedAt: isoDate,
  submittedAt: z.optional(isoDate),
  /** The page the respondent was last on (a dimension id or "review"), to resume there. */
  lastPage: z.optional(z.string().check(z.maxLength(100))),
  origin: z.enum(['local', 'imported']),
  /** Earlier questionnaire versions this response was carried from, oldest first. */
  carriedFrom: z.optional(z.array(carriedFromSchema).check(z.maxLength(50))),
  /** A newer version the respondent chose not to move to: they finish on their own version. */
  declinedVersion: z.optional(version),
  revision,
});
export type Response = z.infer<typeof responseSchema>;

/** What starting a response takes; its id, times and origin are added when it is created. */
export interface NewResponse {
  cycleId: string;
  questionnaireId: string;
  version: string;
  contentHash: string;
  respondent: string;
}
