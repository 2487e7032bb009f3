// Example answer sets shipped beside a questionnaire (assessments/<id>/examples/*.json): realistic
// profiles used by content tests, the roadmap preview and the read-only demo.
import { z } from 'zod/mini';
import { answerSchema } from './answer';
import { localizedTextSchema } from './schema';

export const exampleAnswersSchema = z.strictObject({
  questionnaire: z.string(),
  version: z.string(),
  title: localizedTextSchema,
  description: localizedTextSchema,
  answers: z.record(z.string(), answerSchema),
});
export type ExampleAnswers = z.infer<typeof exampleAnswersSchema>;
