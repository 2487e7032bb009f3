// Example answer sets shipped beside a questionnaire (assessments/<id>/examples/<version>/*.json): realistic
// profiles used by content tests, the roadmap preview and the read-only demo.
import { z } from 'zod/mini';
import { answerSchema } from './answer';
import { staffBands } from './planning-rules';
import { localizedTextSchema } from './schema';

export const exampleAnswersSchema = z.strictObject({
  questionnaire: z.string(),
  version: z.string(),
  title: localizedTextSchema,
  description: localizedTextSchema,
  /** The staff band of the organization described, when the example says; sizes its roadmap's Now. */
  staffBand: z.optional(z.enum(staffBands)),
  answers: z.record(z.string(), answerSchema),
});
export type ExampleAnswers = z.infer<typeof exampleAnswersSchema>;
