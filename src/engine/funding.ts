// Who pays for an action. An action with no funding chosen is never claimed as funded: it counts with
// the "not yet funded" ask.
import { z } from 'zod/mini';

export const fundingSources = [
  'own-budget',
  /** IRCC, through a Call for Proposals. */
  'ircc-cfp',
  /** IRCC Service Delivery Improvement funding. */
  'ircc-sdi',
  /** Another funder, named in `funder`. */
  'other-funder',
  'in-kind',
  'not-yet-funded',
] as const;
export type FundingSource = (typeof fundingSources)[number];

/** The funder is named only for another funder: the shape says so, no cross-field check needed. */
export const fundingSchema = z.union([
  z.strictObject({
    source: z.literal('other-funder'),
    /** The funder's name, typed by leadership. */
    funder: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
  }),
  z.strictObject({
    source: z.enum([
      'own-budget',
      'ircc-cfp',
      'ircc-sdi',
      'in-kind',
      'not-yet-funded',
    ] as const satisfies readonly Exclude<FundingSource, 'other-funder'>[]),
  }),
]);
export type Funding = z.infer<typeof fundingSchema>;

/** Where an action stands for the totals: a chosen source, or "not chosen" (counted as not yet funded). */
export type FundingStanding = FundingSource | 'not-chosen';

export function fundingStanding(funding: Funding | null | undefined): FundingStanding {
  return funding?.source ?? 'not-chosen';
}

/** The ask: money nobody has committed yet, whether leadership said so or has not chosen a source. */
export const isUnfunded = (standing: FundingStanding): boolean =>
  standing === 'not-yet-funded' || standing === 'not-chosen';
