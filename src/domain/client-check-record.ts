// What the agency keeps of a client skills check: an anonymous record, never the answers. The month,
// the program the worker picked (a name from the agency's own list), the language the check was done
// in, how it was done, and the level reached in each area. No name, date, time, answer or note: the
// schema refuses any other field, in the database and in backups alike. Like every record it carries a
// revision (storage/revision.ts), which names only random device ids, so backups merge it by causality.
import { z } from 'zod/mini';
import { clientLanguageSchema } from '../engine/client-check/schema';
import { id, revision, version } from './fields';
import { MAX_PROGRAM_NAME } from './limits';

export const programNameSchema = z
  .string()
  .check(z.trim(), z.minLength(1), z.maxLength(MAX_PROGRAM_NAME));

export const clientCheckRecordSchema = z.strictObject({
  /** A random id linked to nothing, so records merge from backups without colliding. */
  id,
  /** The cycle the check counts in (the agency's assessment cycle, not the client). */
  cycleId: id,
  /** "YYYY-MM": the month only, never the day. */
  month: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
  questionnaireId: id,
  version,
  language: clientLanguageSchema,
  /** On the device in client mode, or read to the client by a worker (phone, video). */
  mode: z.enum(['client-mode', 'read-aloud']),
  program: z.optional(programNameSchema),
  /** Level id per area with a level; null where too few questions were answered for one. */
  levels: z.record(id, z.nullable(id)),
  /** Which writes the record has seen (storage/revision.ts). Absent only in files made before revisions. */
  revision,
});
export type ClientCheckRecord = z.infer<typeof clientCheckRecordSchema>;
