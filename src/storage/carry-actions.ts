// Starting a cycle with the unfinished actions of an earlier one: its own actions are copied into the
// new cycle, and leadership's decisions on proposed actions (status, owner, date, note, pin, cost,
// funding) are copied under the same action key, so they apply as soon as the new answers propose the
// action again. One transaction: the cycle and what it carries are stored together or not at all.
import type { Cycle, QuestionnaireRef } from '../domain/cycle';
import type { CarriedDecision } from '../domain/roadmap-edit';
import { questionnaireOfEditKey } from '../domain/roadmap-edit-key';
import { newCycle } from './cycles';
import { database } from './database';
import { now } from './ids';
import { newOwnAction } from './own-actions';
import { RecordMissingError } from './record-missing';
import { bump } from './revision';
import { writingDevice } from './writing-device';

export type CarriedAction =
  | { kind: 'own'; id: string }
  | {
      kind: 'proposed';
      /** The action's key, which the decision is stored under in the new cycle. */
      key: string;
      /** Where the decision in force was found in the earlier cycle (the key or a member's). */
      foundUnder: string;
      title: CarriedDecision['title'];
      horizon: CarriedDecision['horizon'];
    };

export async function startCycleCarryingOver(
  name: string,
  questionnaires: QuestionnaireRef[],
  from: { cycleId: string; actions: readonly CarriedAction[] } | null,
  period?: string,
): Promise<Cycle> {
  const db = database();
  // Read before the transaction, which cannot wait on anything but the database (a browser commits
  // it while a module loads).
  const device = await writingDevice(db);
  return db.transaction('rw', [db.cycles, db.roadmapEdits, db.ownActions], async () => {
    const cycle = newCycle(name, questionnaires, device, period);
    await db.cycles.add(cycle);
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
          // A new record in the new cycle: its history starts here.
          revision: bump(undefined, device),
        });
        continue;
      }
      const decision = await db.roadmapEdits.get([from.cycleId, action.foundUnder]);
      if (decision === undefined) continue;
      await db.roadmapEdits.put({
        ...decision,
        cycleId: cycle.id,
        itemKey: action.key,
        questionnaireId: questionnaireOfEditKey(action.key),
        carriedFrom: { cycleId: from.cycleId, title: action.title, horizon: action.horizon },
        updatedAt: stamp,
        revision: bump(undefined, device),
      });
    }
    return cycle;
  });
}

/**
 * A carried-over decision whose action this cycle's answers do not propose, made one of the cycle's
 * own actions (titled `title`, in the reader's language) with the same follow-up, in one step.
 */
export async function keepCarriedAsOwnAction(
  cycleId: string,
  itemKey: string,
  title: string,
): Promise<void> {
  const db = database();
  const device = await writingDevice(db);
  await db.transaction('rw', [db.cycles, db.roadmapEdits, db.ownActions], async () => {
    const decision = await db.roadmapEdits.get([cycleId, itemKey]);
    if (decision === undefined) throw new RecordMissingError('action');
    if ((await db.cycles.get(cycleId)) === undefined) throw new RecordMissingError('cycle');
    const { status, owner, targetDate, note, cost, funding, horizon, carriedFrom } = decision;
    const action = newOwnAction(
      cycleId,
      {
        title,
        horizon: horizon ?? carriedFrom?.horizon ?? 'next',
        status,
        owner,
        targetDate,
        note,
        cost,
        funding,
      },
      device,
    );
    await db.ownActions.add(action);
    await db.roadmapEdits.delete([cycleId, itemKey]);
  });
}

/** Drops a carried-over decision leadership no longer wants. */
export async function dropCarriedDecision(cycleId: string, itemKey: string): Promise<void> {
  await database().roadmapEdits.delete([cycleId, itemKey]);
}
