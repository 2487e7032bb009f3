// The organization's own actions: work it plans that no questionnaire proposed, kept with the cycle
// and listed on its roadmap. Each is checked against its schema before it is written, and each write
// is this device's next write of the action (revision.ts).
import { z } from 'zod/mini';
import {
  inOrderAdded,
  ownActionSchema,
  type OwnActionChange,
  type OwnActionFields,
  type OwnActionRecord,
} from '../domain/own-action';
import { isSoundEstimate } from '../domain/sound-estimate';
import { UnsoundEstimateError } from './action-decisions';
import { database } from './database';
import { newId, now } from './ids';
import { RecordMissingError } from './record-missing';
import { bump } from './revision';
import { writingDevice } from './writing-device';

export async function listOwnActions(cycleId: string): Promise<OwnActionRecord[]> {
  return inOrderAdded(await database().ownActions.where('cycleId').equals(cycleId).toArray());
}

/** Drops cleared fields, then checks the whole record: a bad one is a bug, never written. */
function checked(record: Record<string, unknown>): OwnActionRecord {
  const kept = Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== '' && value !== undefined),
  );
  const action = z.parse(ownActionSchema, kept);
  if (!isSoundEstimate(action.cost)) throw new UnsoundEstimateError('the estimate does not hold');
  return action;
}

/** A new own action of `cycleId`, as `device`'s first write of it (checked, not yet stored). */
export function newOwnAction(
  cycleId: string,
  fields: OwnActionFields,
  device: string,
): OwnActionRecord {
  const stamp = now();
  return checked({
    ...fields,
    cycleId,
    id: newId(),
    createdAt: stamp,
    updatedAt: stamp,
    revision: bump(undefined, device),
  });
}

export async function addOwnAction(
  cycleId: string,
  fields: OwnActionFields,
): Promise<OwnActionRecord> {
  const db = database();
  const action = newOwnAction(cycleId, fields, await writingDevice(db));
  await db.transaction('rw', db.ownActions, db.cycles, async () => {
    if ((await db.cycles.get(cycleId)) === undefined) throw new RecordMissingError('cycle');
    await db.ownActions.add(action);
  });
  return action;
}

export async function updateOwnAction(
  cycleId: string,
  id: string,
  change: OwnActionChange,
): Promise<void> {
  const db = database();
  const device = await writingDevice(db);
  await db.transaction('rw', db.ownActions, async () => {
    const existing = await db.ownActions.get([cycleId, id]);
    if (existing === undefined) throw new RecordMissingError('action');
    await db.ownActions.put(
      checked({
        ...existing,
        ...change,
        updatedAt: now(),
        revision: bump(existing.revision, device),
      }),
    );
  });
}

export async function deleteOwnAction(cycleId: string, id: string): Promise<void> {
  await database().ownActions.delete([cycleId, id]);
}
