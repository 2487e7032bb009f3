// The shape of the cycle roadmap: one list of actions over every questionnaire of a cycle, with
// leadership's decisions, costs scaled to the organization and totals per horizon.
import type { ActionStatus, OwnAction } from './action-inputs';
import type { CostTotals, ScaledCost } from './cost';
import type { Funding, FundingSource } from './funding';
import type { StaffBand } from './planning-rules';
import type { HorizonRule, RoadmapItem } from './result';
import type { CostEstimate, Effort, Horizon, Impact } from './schema';

/**
 * Why an action sits in its horizon: a questionnaire roadmap's rule, or
 * - "leadership": leadership pinned it there (or, for an own action, chose it);
 * - "capacity": Now already held its limit of more urgent actions, so it moved to Next.
 */
export type CycleHorizonRule = HorizonRule | 'leadership' | 'capacity';

/** One questionnaire's roadmap item that makes up (part of) an action. */
export interface ActionMember {
  questionnaireId: string;
  /** "<questionnaire id>/<item key>". */
  key: string;
  /** The item as its questionnaire's own roadmap has it: reasons, horizon, priority there. */
  item: RoadmapItem;
}

export type CostSource = 'content' | 'override' | 'own';

interface CycleActionBase {
  /** Stable across re-scoring: decisions are stored under it. */
  key: string;
  horizon: Horizon;
  horizonRule: CycleHorizonRule;
  /** With horizonRule "capacity": how many actions Now holds ("Now already holds the 6 most urgent"). */
  capacityLimit: number | null;
  /** 1-based position inside its horizon. */
  rank: number;
  /** Critical, or needed first by a critical action: stays in Now whatever the limit. */
  essential: boolean;
  /** Leadership placed it (a pin, or an own action): the rules do not move it. */
  placedByLeadership: boolean;
  /** Keys of actions this one waits for. */
  dependsOn: string[];
  status: ActionStatus | null;
  owner: string | null;
  targetDate: string | null;
  note: string | null;
  /** Null when no source is chosen: shown as "funding not chosen", counted as not yet funded. */
  funding: Funding | null;
  /** The estimate in force, as written; null when not estimated. */
  estimate: CostEstimate | null;
  costSource: CostSource | null;
  /** The estimate scaled to the organization; null when not estimated (never zero). */
  cost: ScaledCost | null;
}

/** An action the questionnaires propose: one recommendation or "find out" item, or several merged. */
export interface ProposedAction extends CycleActionBase {
  kind: 'proposed';
  /**
   * The items it stands for, each with its reasons, the canonical recommendation first (its title
   * names the action), then by questionnaire in cycle order.
   */
  members: ActionMember[];
  critical: boolean;
  effort: Effort;
  impact: Impact;
  /** "find out" items folded into it: their "don't know" answers are among its reasons. */
  foldedFindOuts: string[];
  /** The key the decision in force was stored under (the action's or a member's); null when none. */
  decisionKey: string | null;
}

/** An action the organization added itself. */
export interface OwnCycleAction extends CycleActionBase {
  kind: 'own';
  action: OwnAction;
}

export type CycleAction = ProposedAction | OwnCycleAction;

/** Money and time for a set of actions, and the part nobody has committed to fund yet. */
export interface HorizonTotals {
  /** Actions not settled (done or not relevant): the ones totals count. */
  actions: number;
  cost: CostTotals;
  /** Not yet funded, or no funding chosen: the ask. */
  notYetFunded: CostTotals;
  /** How many of `actions` have no funding source chosen. */
  fundingNotChosen: number;
  bySource: Record<FundingSource, CostTotals>;
}

export interface CycleRoadmap {
  /** By horizon, then rank. */
  actions: CycleAction[];
  /** The Now limit applied; null when the staff band is not stated (the screen asks for it). */
  capacity: { band: StaffBand; limit: number; moved: number } | null;
  /** Head count per-staff costs were multiplied by; null when the staff band is not stated. */
  staffForCosts: { band: StaffBand; staffCount: number } | null;
  totals: Record<Horizon | 'all', HorizonTotals>;
}
