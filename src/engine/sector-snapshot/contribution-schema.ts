// The content of a contribution file: what one agency shares with a sector snapshot, and nothing more
// (no names, answers, notes, free text or dates finer than the year). Storage adds the file's kind,
// format version and checksum around it.
import { z } from 'zod/mini';
import { sectorProfileSchema } from './profile';

export const idPattern = /^[a-z0-9][a-z0-9-]*(\.[a-z0-9-]+)*$/;
export const versionPattern = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const id = z.string().check(z.maxLength(100), z.regex(idPattern));
export const versionSchema = z.string().check(z.maxLength(40), z.regex(versionPattern));
export const contentHashSchema = z.string().check(z.regex(/^[0-9a-f]{64}$/));
export const yearSchema = z.int().check(z.gte(2000), z.lte(2100));

/** How many people answered, in bands: the exact count could single out a small team. */
export const respondentBands = ['1', '2-4', '5-9', '10+'] as const;
export type RespondentBand = (typeof respondentBands)[number];

export const baselineStatuses = ['met', 'not-met', 'incomplete', 'not-applicable'] as const;

/** Whole points; the range 0–100 is checked apart, so that it gets its own plain message. */
const scoreEntryShape = {
  score: z.nullable(z.int()),
  level: z.nullable(id),
  provisional: z.boolean(),
};

export const contributedQuestionnaireSchema = z.strictObject({
  id,
  version: versionSchema,
  contentHash: contentHashSchema,
  overall: z.strictObject(scoreEntryShape),
  dimensions: z
    .array(z.strictObject({ id, ...scoreEntryShape }))
    .check(z.minLength(1), z.maxLength(100)),
  baseline: z.enum(baselineStatuses),
  /** Whole percent of applicable questions answered. */
  coverage: z.int().check(z.gte(0), z.lte(100)),
  respondents: z.enum(respondentBands),
});
export type ContributedQuestionnaire = z.infer<typeof contributedQuestionnaireSchema>;
export type ContributedScore = ContributedQuestionnaire['overall'];

export const contributionSchema = z.strictObject({
  /** Random (crypto.randomUUID()): links to no device and no other contribution. */
  id: z
    .string()
    .check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)),
  year: yearSchema,
  profile: sectorProfileSchema,
  questionnaires: z.array(contributedQuestionnaireSchema).check(z.minLength(1), z.maxLength(20)),
});
export type Contribution = z.infer<typeof contributionSchema>;
