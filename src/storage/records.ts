// Shapes of everything Boussole stores on the device. Parsed on the way in from files and old databases.
import { z } from 'zod';
import { answerSchema } from '../engine/answer';

const isoDate = z.iso.datetime({ offset: true });
const shortText = z.string().trim().max(200);

export const provinces = [
  'AB',
  'BC',
  'MB',
  'NB',
  'NL',
  'NS',
  'NT',
  'NU',
  'ON',
  'PE',
  'QC',
  'SK',
  'YT',
] as const;
export const communitySizes = ['large-urban', 'mid-size', 'small-rural'] as const;
export const staffBands = ['1-5', '6-15', '16-50', '51-200', '200+'] as const;
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

export const PROFILE_ID = 'organization';

export const profileSchema = z.strictObject({
  id: z.literal(PROFILE_ID),
  name: z.string().trim().min(1).max(200),
  province: z.enum(provinces),
  communitySize: z.enum(communitySizes),
  staffBand: z.enum(staffBands),
  services: z.array(z.enum(services)).max(services.length),
  languages: z.array(z.enum(serviceLanguages)).min(1).max(2),
  updatedAt: isoDate,
});
export type OrganizationProfile = z.infer<typeof profileSchema>;

export const questionnaireRefSchema = z.strictObject({
  id: z.string().min(1).max(100),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
});
export type QuestionnaireRef = z.infer<typeof questionnaireRefSchema>;

export const cycleSchema = z.strictObject({
  id: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(200),
  createdAt: isoDate,
  updatedAt: isoDate,
  questionnaires: z.array(questionnaireRefSchema).min(1).max(20),
  /** Target level per dimension, by questionnaire id then dimension id: "where we plan to be". */
  targets: z.record(z.string(), z.record(z.string(), z.string())),
  /** Set when leadership closes the cycle; a closed cycle opens read-only. */
  closedAt: isoDate.optional(),
});
export type Cycle = z.infer<typeof cycleSchema>;

export const responseSchema = z.strictObject({
  id: z.string().min(1).max(100),
  cycleId: z.string().min(1).max(100),
  questionnaireId: z.string().min(1).max(100),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** Name or role of whoever answers, e.g. "Executive director". */
  respondent: shortText.min(1),
  startedAt: isoDate,
  updatedAt: isoDate,
  submittedAt: isoDate.optional(),
  /** The page the respondent was last on (a dimension id or "review"), to resume there. */
  lastPage: z.string().max(100).optional(),
  origin: z.enum(['local', 'imported']),
});
export type Response = z.infer<typeof responseSchema>;

export const answerRecordSchema = answerSchema.extend({
  responseId: z.string().min(1).max(100),
  questionId: z.string().min(1).max(100),
  answeredAt: isoDate,
});
export type AnswerRecord = z.infer<typeof answerRecordSchema>;

export const roadmapStatuses = ['planned', 'in-progress', 'done', 'not-relevant'] as const;
export const roadmapEditSchema = z.strictObject({
  cycleId: z.string().min(1).max(100),
  /** "<questionnaire id>/<roadmap item key>", stable across re-scoring. */
  itemKey: z.string().min(1).max(300),
  status: z.enum(roadmapStatuses).optional(),
  owner: shortText.optional(),
  targetDate: z.iso.date().optional(),
  note: z.string().max(4000).optional(),
  updatedAt: isoDate,
});
export type RoadmapEdit = z.infer<typeof roadmapEditSchema>;
export type RoadmapStatus = (typeof roadmapStatuses)[number];
