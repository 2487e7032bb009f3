// Starting a cycle with the unfinished actions of an earlier one: its own actions are copied into the
// new cycle, and leadership's decisions on proposed actions (status, owner, date, note, pin, cost,
// funding) are copied under the same action key, so they apply as soon as the new answers propose the
// action again. One transaction: the cycle and what it carries are stored together or not at all.
import type { CarriedDecision } from './action-records';
import { createCycle } from './cycles';
import { database } from './database';
import { now } from './ids';
import type { Cycle, QuestionnaireRef } from './records';

export type CarriedAction =
  | { kind: 'own'; id: string }
  | {
      kind: 'proposed';
      /** The action's key, which the decision is stored under in the new cycle. */
      key: string;
      /** Where the decision in force was found in the earlier cycle (the key or a member's). */
      foundUnder: string;
      title: CarriedDecision['title'];
    };

export async function startCycleCarryingOver(
  name: string,
  questionnaires: QuestionnaireRef[],
  from: { cycleId: string; actions: readonly CarriedAction[] } | null,
): Promise<Cycle> {
  const db = database();
  return db.transaction('rw', [db.cycles, db.roadmapEdits, db.ownActions], async () => {
    const cycle = await createCycle(name, questionnaires);
    if (from === null) return cycle;
    const stamp = now();
    for (const action of from.actions) {
      if (action.kind === 'own') {
        const own = await db.ownActions.get([from.cycleId, action.id]);
        if (own === undefined) continue;
        await db.ownActions.add({
          ...own,
          cycleId: cycle.id,
          carriedFrom: { cycleId: from.cycleId },
          updatedAt: stamp,
        });
        continue;
      }
      const decision = await db.roadmapEdits.get([from.cycleId, action.foundUnder]);
      if (decision === undefined) continue;
      await db.roadmapEdits.put({
        ...decision,
        cycleId: cycle.id,
        itemKey: action.key,
        questionnaireId: action.key.split('/')[0] ?? '',
        carriedFrom: { cycleId: from.cycleId, title: action.title },
        updatedAt: stamp,
      });
    }
    return cycle;
  });
}
