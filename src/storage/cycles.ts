// Assessment cycles ("2026 annual self-assessment"): which questionnaires, targets, open or closed.
import { database } from './database';
import { newId, now } from './ids';
import type { Cycle, QuestionnaireRef } from '../domain/cycle';
import { RecordMissingError } from './record-missing';

export async function listCycles(): Promise<Cycle[]> {
  const cycles = await database().cycles.orderBy('createdAt').toArray();
  return cycles.reverse();
}

export async function getCycle(id: string): Promise<Cycle | undefined> {
  return database().cycles.get(id);
}

export async function createCycle(
  name: string,
  questionnaires: QuestionnaireRef[],
): Promise<Cycle> {
  const stamp = now();
  const cycle: Cycle = {
    id: newId(),
    name: name.trim(),
    createdAt: stamp,
    updatedAt: stamp,
    questionnaires,
    targets: {},
  };
  await database().cycles.add(cycle);
  return cycle;
}

export async function renameCycle(id: string, name: string): Promise<void> {
  await database().cycles.update(id, { name: name.trim(), updatedAt: now() });
}

/** Sets (or clears, with null) the target level of one dimension. */
export async function setTarget(
  cycleId: string,
  questionnaireId: string,
  dimensionId: string,
  levelId: string | null,
): Promise<void> {
  const db = database();
  await db.transaction('rw', db.cycles, async () => {
    const cycle = await db.cycles.get(cycleId);
    if (!cycle) throw new RecordMissingError('cycle');
    const forQuestionnaire = Object.fromEntries(
      Object.entries(cycle.targets[questionnaireId] ?? {}).filter(([id]) => id !== dimensionId),
    );
    if (levelId !== null) forQuestionnaire[dimensionId] = levelId;
    await db.cycles.update(cycleId, {
      targets: { ...cycle.targets, [questionnaireId]: forQuestionnaire },
      updatedAt: now(),
    });
  });
}

export async function closeCycle(id: string, closed: boolean): Promise<void> {
  const db = database();
  await db.transaction('rw', db.cycles, async () => {
    const cycle = await db.cycles.get(id);
    if (!cycle) throw new RecordMissingError('cycle');
    const { closedAt: _closedAt, ...open } = cycle;
    await db.cycles.put(
      closed ? { ...open, closedAt: now(), updatedAt: now() } : { ...open, updatedAt: now() },
    );
  });
}
