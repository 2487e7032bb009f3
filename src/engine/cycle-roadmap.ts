// The cycle roadmap: every questionnaire's actions as one list, sized to the organization.
//
// Rules, in order:
// 1. each questionnaire's roadmap is taken as built (`buildRoadmap`), so results re-score unchanged;
// 2. a "find out" item whose question is among a recommendation's reasons is folded into it;
// 3. recommendations linked by `sameAs` are one action under the canonical key: reasons of every
//    member, essential if any member is, earliest horizon, highest impact, lowest effort; one decision;
// 4. a leadership pin puts an action in its horizon whatever the rules say;
// 5. across questionnaires, what an essential action needs is pulled to Now and no action sits earlier
//    than work it depends on; then, with a stated staff band, Now holds at most K unsettled actions
//    (planning rules): essential and leadership-placed actions stay, the most urgent others fill the
//    room left and the rest move to Next ("capacity");
// 6. the organization's own actions stay where leadership put them; they count toward K.
// Inside a horizon: essential first, then actions from an earlier horizon (moved by capacity), then
// each questionnaire's priority, then questionnaire order; dependencies first; own actions last.
import type { ActionDecision, OwnAction } from './action-inputs';
import { ownActionKey } from './action-inputs';
import { scaleCost } from './cost';
import type { CycleAction, CycleRoadmap, OwnCycleAction, ProposedAction } from './cycle-action';
import { findDecision, indexDecisions, type DecisionIndex } from './decisions';
import { gatherActions, type CycleSource, type GatheredAction } from './gather-actions';
import { dependencyOrder, placeActions } from './place-actions';
import { ruleForBand, type PlanningRules } from './planning-rules';
import { HORIZONS } from './roadmap';
import { roadmapTotals } from './roadmap-totals';
import type { Horizon } from './schema';

export type { CycleSource } from './gather-actions';

export interface CycleRoadmapInput {
  /** The cycle's questionnaires in the cycle's order, each with its organization result. */
  questionnaires: readonly CycleSource[];
  /** Leadership's decisions on proposed actions, by action key; order does not matter. */
  decisions?: readonly ActionDecision[];
  /** The organization's own actions, in the order they were added. */
  ownActions?: readonly OwnAction[];
  planning: { rules: PlanningRules; staffBand?: string | null | undefined };
}

const horizonRank = (horizon: Horizon): number => HORIZONS.indexOf(horizon);

function proposedAction(
  gathered: GatheredAction,
  decisions: DecisionIndex,
  staffCount: number | null,
): ProposedAction {
  const memberKeys = gathered.members.map((m) => m.key).filter((key) => key !== gathered.key);
  const found = findDecision(decisions, [gathered.key, ...memberKeys]);
  const decision = found?.decision;
  const pin = decision?.horizon;
  const estimate = decision?.cost ?? gathered.estimate;
  return {
    kind: 'proposed',
    key: gathered.key,
    members: gathered.members.map(({ questionnaireId, key, item }) => ({
      questionnaireId,
      key,
      item,
    })),
    foldedFindOuts: gathered.foldedFindOuts,
    horizon: pin ?? gathered.horizon,
    horizonRule: pin === undefined ? gathered.horizonRule : 'leadership',
    capacityLimit: null,
    rank: 0,
    essential: gathered.essential,
    placedByLeadership: pin !== undefined,
    critical: gathered.critical,
    effort: gathered.effort,
    impact: gathered.impact,
    dependsOn: gathered.dependsOn,
    decisionKey: found?.key ?? null,
    status: decision?.status ?? null,
    owner: decision?.owner ?? null,
    targetDate: decision?.targetDate ?? null,
    note: decision?.note ?? null,
    funding: decision?.funding ?? null,
    estimate,
    costSource: decision?.cost !== undefined ? 'override' : estimate === null ? null : 'content',
    cost: estimate === null ? null : scaleCost(estimate, staffCount),
  };
}

function ownCycleAction(action: OwnAction, staffCount: number | null): OwnCycleAction {
  return {
    kind: 'own',
    key: ownActionKey(action.id),
    action,
    horizon: action.horizon,
    horizonRule: 'leadership',
    capacityLimit: null,
    rank: 0,
    essential: false,
    placedByLeadership: true,
    dependsOn: [],
    status: action.status ?? null,
    owner: action.owner ?? null,
    targetDate: action.targetDate ?? null,
    note: action.note ?? null,
    funding: action.funding ?? null,
    estimate: action.cost ?? null,
    costSource: action.cost === undefined ? null : 'own',
    cost: action.cost === undefined ? null : scaleCost(action.cost, staffCount),
  };
}

/** Builds the cycle roadmap. Pure: the same input gives the same roadmap. */
export function buildCycleRoadmap(input: CycleRoadmapInput): CycleRoadmap {
  const { rules, staffBand } = input.planning;
  const rule = ruleForBand(rules, staffBand);
  const staffCount = rule?.staffForCosts ?? null;
  const decisions = indexDecisions(input.decisions ?? []);

  const gathered = gatherActions(input.questionnaires);
  const proposed = gathered.map((g) => proposedAction(g, decisions, staffCount));
  const own = (input.ownActions ?? []).map((action) => ownCycleAction(action, staffCount));
  const actions: CycleAction[] = [...proposed, ...own];

  // Urgency: essential first, then the horizon the questionnaires gave (so what capacity moved leads
  // Next), then priority in its questionnaire, questionnaire order; own actions after, as added.
  const place = new Map<CycleAction, readonly number[]>();
  gathered.forEach((g, i) => {
    const action = proposed[i];
    if (action) place.set(action, [0, horizonRank(g.horizon), ...g.urgency]);
  });
  own.forEach((action, i) => place.set(action, [1, 0, i, 0]));
  const urgency = (a: CycleAction, b: CycleAction): number => {
    const pa = place.get(a) ?? [];
    const pb = place.get(b) ?? [];
    const essential = Number(b.essential) - Number(a.essential);
    if (essential !== 0) return essential;
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
      const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
      if (diff !== 0) return diff;
    }
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  };

  const moved = placeActions(actions, urgency, rule?.nowCapacity ?? null);

  const ordered = HORIZONS.flatMap((horizon) => {
    const inHorizon = actions.filter((a) => a.horizon === horizon).sort(urgency);
    const byKey = new Map(inHorizon.map((a) => [a.key, a]));
    return dependencyOrder(inHorizon, byKey).map((action, index) =>
      Object.assign(action, { rank: index + 1 }),
    );
  });

  return {
    actions: ordered,
    capacity: rule === null ? null : { band: rule.band, limit: rule.nowCapacity, moved },
    staffForCosts: rule === null ? null : { band: rule.band, staffCount: rule.staffForCosts },
    totals: roadmapTotals(ordered),
  };
}
