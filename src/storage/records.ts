// Shapes of everything Boussole stores on the device. Parsed on the way in from files and old databases.
import { z } from 'zod/mini';
import { answerSchema } from '../engine/answer';
import { staffBands } from '../engine/planning-rules';
import { provinces } from '../engine/provinces';
import { PROFILE_ID } from './profile-id';
import { revisionSchema } from './revision-schema';

export { provinces, staffBands };

const isoDate = z.iso.datetime({ offset: true });
const shortText = z.string().check(z.trim(), z.maxLength(200));
const id = z.string().check(z.minLength(1), z.maxLength(100));
const version = z.string().check(z.regex(/^\d+\.\d+\.\d+$/));
/** Which writes a record has seen (revision.ts). Absent on records from format-1 files. */
const revision = z.optional(revisionSchema);

export const communitySizes = ['large-urban', 'mid-size', 'small-rural'] as const;
export const services = [
  'settlement',
  'language',
  'employment',
  'resettlement',
  'youth',
  'women',
  'mental-health',
  'community-connections',
] as const;
export const serviceLanguages = ['en', 'fr'] as const;

export { PROFILE_ID };

/** Only the name is required. A fact the person did not choose is absent ("not stated"), never a
 * default. `services: []` is a choice ("none of these"); no `services` is "not stated". */
export const profileSchema = z.strictObject({
  id: z.literal(PROFILE_ID),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  province: z.optional(z.enum(provinces)),
  communitySize: z.optional(z.enum(communitySizes)),
  staffBand: z.optional(z.enum(staffBands)),
  services: z.optional(z.array(z.enum(services)).check(z.maxLength(services.length))),
  languages: z.optional(z.array(z.enum(serviceLanguages)).check(z.minLength(1), z.maxLength(2))),
  updatedAt: isoDate,
  revision,
});
export type OrganizationProfile = z.infer<typeof profileSchema>;

export const questionnaireRefSchema = z.strictObject({
  id,
  version,
});
export type QuestionnaireRef = z.infer<typeof questionnaireRefSchema>;

export const cycleSchema = z.strictObject({
  id,
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
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

const hash = z.string().check(z.regex(/^[0-9a-f]{64}$/));

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
  respondent: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
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

export const answerRecordSchema = z.extend(answerSchema, {
  responseId: id,
  questionId: id,
  answeredAt: isoDate,
  revision,
});
export type AnswerRecord = z.infer<typeof answerRecordSchema>;

export const roadmapStatuses = ['planned', 'in-progress', 'done', 'not-relevant'] as const;
export const roadmapEditSchema = z.strictObject({
  cycleId: id,
  /** "<questionnaire id>/<roadmap item key>", stable across re-scoring. */
  itemKey: z.string().check(z.minLength(1), z.maxLength(300)),
  questionnaireId: id,
  status: z.optional(z.enum(roadmapStatuses)),
  owner: z.optional(shortText),
  targetDate: z.optional(z.iso.date()),
  note: z.optional(z.string().check(z.maxLength(4000))),
  updatedAt: isoDate,
  revision,
});
export type RoadmapEdit = z.infer<typeof roadmapEditSchema>;
export type RoadmapStatus = (typeof roadmapStatuses)[number];
