// What leadership decides about roadmap actions, as the cycle roadmap reads it: plain data that the
// stored records satisfy as they are (an optional field may hold undefined, as zod's parsed records do).
import { z } from 'zod/mini';
import type { Funding } from './funding';
import type { CostEstimate, Horizon } from './schema';

export const actionStatuses = ['planned', 'in-progress', 'done', 'not-relevant'] as const;
export const actionStatusSchema = z.enum(actionStatuses);
export type ActionStatus = (typeof actionStatuses)[number];

/** Done, or set aside as not relevant: nothing left to act on, so it counts toward no limit or total. */
export const isSettled = (status: ActionStatus | null | undefined): boolean =>
  status === 'done' || status === 'not-relevant';

/** Leadership's decisions about one proposed action, stored under its action key. */
export interface ActionDecision {
  /** "<questionnaire id>/<roadmap item key>" (see `actionKey`). */
  itemKey: string;
  status?: ActionStatus | undefined;
  owner?: string | undefined;
  /** "YYYY-MM-DD". */
  targetDate?: string | undefined;
  note?: string | undefined;
  /** A pin: the action goes to this horizon whatever the rules say. */
  horizon?: Horizon | undefined;
  /** Leadership's own estimate, in place of the content's. */
  cost?: CostEstimate | undefined;
  funding?: Funding | undefined;
  /** ISO date-time of the last change: when several keys hold a decision, the latest wins. */
  updatedAt?: string | undefined;
}

/** An action the organization plans that no questionnaire proposed. */
export interface OwnAction {
  /** Unique within the cycle. */
  id: string;
  title: string;
  description?: string | undefined;
  /** Leadership's choice; never moved by the rules. */
  horizon: Horizon;
  cost?: CostEstimate | undefined;
  owner?: string | undefined;
  targetDate?: string | undefined;
  status?: ActionStatus | undefined;
  funding?: Funding | undefined;
  note?: string | undefined;
}

/** The key of an own action in the cycle roadmap; it cannot clash with "<questionnaire id>/…" keys. */
export const ownActionKey = (id: string): string => `own:${id}`;
