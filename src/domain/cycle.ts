// An assessment cycle ("2026 annual self-assessment"): which questionnaire versions it includes, the
// target levels leadership set, open or closed.
import { z } from 'zod/mini';
import { id, isoDate, name, revision, version } from './fields';

export const questionnaireRefSchema = z.strictObject({ id, version });
export type QuestionnaireRef = z.infer<typeof questionnaireRefSchema>;

export const cycleSchema = z.strictObject({
  id,
  name,
  /**
   * The year or period the cycle assesses ("2025", "2025–2026"), chosen at creation. Absent on cycles
   * made before it existed: cyclePeriod (cycle-period.ts) derives it from the name or creation date.
   */
  period: z.optional(name),
  createdAt: isoDate,
  updatedAt: isoDate,
  questionnaires: z.array(questionnaireRefSchema).check(z.minLength(1), z.maxLength(20)),
  /** Target level per dimension, by questionnaire id then dimension id: "where we plan to be". */
  targets: z.record(z.string(), z.record(z.string(), z.string())),
  /** Set when leadership closes the cycle; a closed cycle opens read-only. */
  closedAt: z.optional(isoDate),
  revision,
});
export type Cycle = z.infer<typeof cycleSchema>;
