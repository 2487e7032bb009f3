// An action the organization plans that no questionnaire proposed, kept with its cycle and listed on
// its roadmap.
import { z } from 'zod/mini';
import { actionStatuses } from '../engine/action-inputs';
import { fundingSchema } from '../engine/funding';
import { costEstimateSchema, horizonSchema } from '../engine/schema';
import { id, isoDate, revision, shortText } from './fields';
import { MAX_NOTE_LENGTH, MAX_SHORT_TEXT_LENGTH } from './limits';

const longText = z.string().check(z.maxLength(MAX_NOTE_LENGTH));

export const ownActionSchema = z.strictObject({
  cycleId: id,
  /** Unique within the cycle. */
  id,
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_SHORT_TEXT_LENGTH)),
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

/** What a person can set on an own action. */
export type OwnActionFields = Omit<
  OwnActionRecord,
  'cycleId' | 'id' | 'createdAt' | 'updatedAt' | 'carriedFrom' | 'revision'
>;

/** A change to an own action: a field given as undefined or '' is cleared (the title cannot be). */
export type OwnActionChange = { [K in keyof OwnActionFields]?: OwnActionFields[K] | undefined };

/** A cycle's own actions in the order they were added. */
export function inOrderAdded(actions: readonly OwnActionRecord[]): OwnActionRecord[] {
  return [...actions].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
}
