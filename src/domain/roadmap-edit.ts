// Leadership's decisions on one proposed roadmap action, kept per cycle and action key so they survive
// re-scoring: follow-up (status, owner, target date, note), where it goes (a pin), what it costs (an
// estimate in place of the content's) and who pays. Only the roadmap, backups and exports read the
// schema; the first screens write edits and read keys without it (roadmap-edit-key.ts).
import { z } from 'zod/mini';
import { actionStatuses, type ActionStatus } from '../engine/action-inputs';
import { fundingSchema } from '../engine/funding';
import { costEstimateSchema, horizonSchema } from '../engine/schema';
import { id, isoDate, revision, shortText } from './fields';
import { MAX_NOTE_LENGTH } from './limits';

export const roadmapStatuses = actionStatuses;
export type RoadmapStatus = ActionStatus;

const title = z.string().check(z.trim(), z.minLength(1), z.maxLength(500));

/** A decision copied from an earlier cycle: which one, and what the action was called there. */
export const carriedDecisionSchema = z.strictObject({
  cycleId: id,
  /** Shown until this cycle's answers propose the action again (they may never). */
  title: z.strictObject({ en: title, fr: title }),
  /** Where it stood there. */
  horizon: horizonSchema,
});
export type CarriedDecision = z.infer<typeof carriedDecisionSchema>;

export const roadmapEditSchema = z.strictObject({
  cycleId: id,
  /** "<questionnaire id>/<roadmap item key>" (`roadmapEditKey`), stable across re-scoring. */
  itemKey: z.string().check(z.minLength(1), z.maxLength(300)),
  questionnaireId: id,
  status: z.optional(z.enum(roadmapStatuses)),
  owner: z.optional(shortText),
  targetDate: z.optional(z.iso.date()),
  note: z.optional(z.string().check(z.maxLength(MAX_NOTE_LENGTH))),
  /** Leadership put the action in this horizon, whatever the rules say. */
  horizon: z.optional(horizonSchema),
  /** Leadership's own estimate, in place of the questionnaire's. */
  cost: z.optional(costEstimateSchema),
  funding: z.optional(fundingSchema),
  carriedFrom: z.optional(carriedDecisionSchema),
  updatedAt: isoDate,
  revision,
});
export type RoadmapEdit = z.infer<typeof roadmapEditSchema>;

/** A change to an item's edit: an empty string or undefined clears that field. */
export type RoadmapEditChange = Partial<
  Omit<RoadmapEdit, 'cycleId' | 'itemKey' | 'questionnaireId' | 'updatedAt' | 'revision'>
>;

export { questionnaireOfEditKey, roadmapEditKey } from './roadmap-edit-key';
