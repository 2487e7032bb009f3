// Shapes of leadership's roadmap decisions and of the organization's own actions, as stored. Kept out of
// records.ts, which the first screen loads: only the roadmap, backups and exports read these.
import { z } from 'zod/mini';
import { actionStatuses } from '../engine/action-inputs';
import { costEstimateIssues } from '../engine/cost-checks';
import { fundingSchema } from '../engine/funding';
import { costEstimateSchema, horizonSchema, type CostEstimate } from '../engine/schema';
import { revisionSchema } from './revision-schema';

const isoDate = z.iso.datetime({ offset: true });
const id = z.string().check(z.minLength(1), z.maxLength(100));
const shortText = z.string().check(z.trim(), z.maxLength(200));
const longText = z.string().check(z.maxLength(4000));
/** Which writes a record has seen (revision.ts). Absent on records from format-1 files. */
const revision = z.optional(revisionSchema);
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

/**
 * Leadership's decisions on one proposed action of a cycle, under the action's key so they survive
 * re-scoring: follow-up (status, owner, target date, note), where it goes (a pin), what it costs (an
 * estimate in place of the content's) and who pays.
 */
export const roadmapEditSchema = z.strictObject({
  cycleId: id,
  /** "<questionnaire id>/<roadmap item key>", stable across re-scoring. */
  itemKey: z.string().check(z.minLength(1), z.maxLength(300)),
  questionnaireId: id,
  status: z.optional(z.enum(actionStatuses)),
  owner: z.optional(shortText),
  targetDate: z.optional(z.iso.date()),
  note: z.optional(longText),
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

/** An action the organization plans that no questionnaire proposed, kept with its cycle. */
export const ownActionSchema = z.strictObject({
  cycleId: id,
  /** Unique within the cycle. */
  id,
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  description: z.optional(longText),
  horizon: horizonSchema,
  cost: z.optional(costEstimateSchema),
  owner: z.optional(shortText),
  targetDate: z.optional(z.iso.date()),
  status: z.optional(z.enum(actionStatuses)),
  funding: z.optional(fundingSchema),
  note: z.optional(longText),
  /** The cycle it was carried over from, when it was. */
  carriedFrom: z.optional(z.strictObject({ cycleId: id })),
  /** When it was first added (kept when carried over): own actions are listed in this order. */
  createdAt: isoDate,
  updatedAt: isoDate,
  revision,
});
export type OwnActionRecord = z.infer<typeof ownActionSchema>;

/** Whether an estimate typed by a person holds together (each range lowest first, some figure given). */
export const isSoundEstimate = (cost: CostEstimate | undefined): boolean =>
  cost === undefined || costEstimateIssues(cost).length === 0;

/** A cycle's own actions in the order they were added. */
export function inOrderAdded(actions: readonly OwnActionRecord[]): OwnActionRecord[] {
  return [...actions].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
}
