// Places the cycle's actions once leadership's pins are in: the questionnaire roadmaps' dependency
// rules applied again across questionnaires (merged actions can link them), then the Now limit.
// Nothing here moves an action earlier, except work an essential action needs first (as in each
// questionnaire's own roadmap); nothing moves an action leadership placed.
import { isSettled } from './action-inputs';
import type { CycleAction } from './cycle-action';
import { HORIZONS } from './roadmap';
import type { Horizon } from './schema';

const horizonRank = (horizon: Horizon): number => HORIZONS.indexOf(horizon);

/** Orders two actions by urgency; used for every "in cycle order" below. */
export type Urgency = (a: CycleAction, b: CycleAction) => number;

/** Actions ordered so that each comes after the actions it depends on; cycles are broken, not looped. */
export function dependencyOrder(
  actions: readonly CycleAction[],
  byKey: ReadonlyMap<string, CycleAction>,
): CycleAction[] {
  const ordered: CycleAction[] = [];
  // By identity, not key: two own actions stored with the same id must both stay on the roadmap.
  const seen = new Set<CycleAction>();
  const visit = (action: CycleAction): void => {
    if (seen.has(action)) return;
    seen.add(action);
    for (const key of action.dependsOn) {
      const dependency = byKey.get(key);
      if (dependency !== undefined) visit(dependency);
    }
    ordered.push(action);
  };
  actions.forEach(visit);
  return ordered;
}

const movable = (action: CycleAction): boolean =>
  action.kind === 'proposed' && !action.placedByLeadership;

/** What an essential action in Now depends on comes to Now too, and is essential in turn. */
function pullWhatEssentialsNeed(
  actions: readonly CycleAction[],
  byKey: ReadonlyMap<string, CycleAction>,
): void {
  const pull = (action: CycleAction): void => {
    for (const key of action.dependsOn) {
      const dependency = byKey.get(key);
      if (dependency === undefined || isSettled(dependency.status) || !movable(dependency))
        continue;
      if (dependency.horizon === 'now' && dependency.essential) continue;
      dependency.horizon = 'now';
      dependency.horizonRule = 'required-by-critical';
      dependency.capacityLimit = null;
      dependency.essential = true;
      pull(dependency);
    }
  };
  actions.filter((a) => a.essential && a.horizon === 'now' && !isSettled(a.status)).forEach(pull);
}

/** An action never sits earlier than unsettled work it depends on (it moves to that horizon). */
function applyDependencyRule(
  ordered: readonly CycleAction[],
  byKey: ReadonlyMap<string, CycleAction>,
) {
  for (const action of ordered) {
    if (!movable(action) || (action.essential && action.horizon === 'now')) continue;
    for (const key of action.dependsOn) {
      const dependency = byKey.get(key);
      if (dependency === undefined || isSettled(dependency.status)) continue;
      if (horizonRank(dependency.horizon) > horizonRank(action.horizon)) {
        action.horizon = dependency.horizon;
        action.horizonRule = 'dependency';
        action.capacityLimit = null;
      }
    }
  }
}

/**
 * Keeps at most `limit` unsettled actions in Now. Essential actions and those leadership placed there
 * always stay (they may fill Now on their own); the other actions fill what room is left, most urgent
 * first with what they depend on before them, and the rest move to Next. Returns how many moved.
 */
function applyNowLimit(actions: readonly CycleAction[], urgency: Urgency, limit: number): number {
  const inNow = actions.filter((a) => a.horizon === 'now' && !isSettled(a.status));
  const stays = (a: CycleAction) => a.essential || !movable(a);
  const candidates = inNow.filter((a) => !stays(a)).sort(urgency);
  let room = Math.max(0, limit - inNow.filter(stays).length);
  let moved = 0;
  const candidateByKey = new Map(candidates.map((action) => [action.key, action]));
  for (const action of dependencyOrder(candidates, candidateByKey)) {
    if (room > 0) {
      room -= 1;
      continue;
    }
    action.horizon = 'next';
    action.horizonRule = 'capacity';
    action.capacityLimit = limit;
    moved += 1;
  }
  return moved;
}

/**
 * Applies the cycle's placement rules to actions whose pins are already in, in place. With `limit`
 * null (staff band not stated) Now is not limited. Returns how many actions the limit moved.
 */
export function placeActions(
  actions: readonly CycleAction[],
  urgency: Urgency,
  limit: number | null,
): number {
  const byKey = new Map(actions.map((action) => [action.key, action]));
  pullWhatEssentialsNeed(actions, byKey);
  applyDependencyRule(dependencyOrder([...actions].sort(urgency), byKey), byKey);
  return limit === null ? 0 : applyNowLimit(actions, urgency, limit);
}
