// Assessment cycles ("2026 annual self-assessment"): which questionnaires, targets, open or closed.
// Every change is this device's write of the cycle, counted in its revision (revision.ts).
import { database } from './database';
import { writingDevice } from './writing-device';
import { newId, now } from './ids';
import type { Cycle, QuestionnaireRef } from '../domain/cycle';
import { RecordMissingError } from './record-missing';
import { bump } from './revision';

export async function listCycles(): Promise<Cycle[]> {
  const cycles = await database().cycles.orderBy('createdAt').toArray();
  return cycles.reverse();
}

export async function getCycle(id: string): Promise<Cycle | undefined> {
  return database().cycles.get(id);
}

/** A new cycle, as `device`'s first write of it (not yet stored), assessing `period` when given. */
export function newCycle(
  name: string,
  questionnaires: QuestionnaireRef[],
  device: string,
  period?: string,
): Cycle {
  const stamp = now();
  const chosen = period?.trim();
  return {
    id: newId(),
    name: name.trim(),
    ...(chosen === undefined || chosen === '' ? {} : { period: chosen }),
    createdAt: stamp,
    updatedAt: stamp,
    questionnaires,
    targets: {},
    revision: bump(undefined, device),
  };
}

export async function createCycle(
  name: string,
  questionnaires: QuestionnaireRef[],
  period?: string,
): Promise<Cycle> {
  const db = database();
  const cycle = newCycle(name, questionnaires, await writingDevice(db), period);
  await db.cycles.add(cycle);
  return cycle;
}

/** Rewrites a cycle in one transaction, as this device's next write of it; refused if it is gone. */
async function changeCycle(id: string, change: (cycle: Cycle) => Cycle): Promise<void> {
  const db = database();
  const device = await writingDevice(db);
  await db.transaction('rw', db.cycles, async () => {
    const cycle = await db.cycles.get(id);
    if (!cycle) throw new RecordMissingError('cycle');
    await db.cycles.put({
      ...change(cycle),
      updatedAt: now(),
      revision: bump(cycle.revision, device),
    });
  });
}

export async function renameCycle(id: string, name: string): Promise<void> {
  await changeCycle(id, (cycle) => ({ ...cycle, name: name.trim() }));
}

/** Sets (or clears, with null) the target level of one dimension. */
export async function setTarget(
  cycleId: string,
  questionnaireId: string,
  dimensionId: string,
  levelId: string | null,
): Promise<void> {
  await changeCycle(cycleId, (cycle) => {
    const forQuestionnaire = Object.fromEntries(
      Object.entries(cycle.targets[questionnaireId] ?? {}).filter(([id]) => id !== dimensionId),
    );
    if (levelId !== null) forQuestionnaire[dimensionId] = levelId;
    return { ...cycle, targets: { ...cycle.targets, [questionnaireId]: forQuestionnaire } };
  });
}

export async function closeCycle(id: string, closed: boolean): Promise<void> {
  await changeCycle(id, (cycle) => {
    const { closedAt: _closedAt, ...open } = cycle;
    return closed ? { ...open, closedAt: now() } : open;
  });
}
