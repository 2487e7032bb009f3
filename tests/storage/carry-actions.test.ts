import { beforeEach, describe, expect, it } from 'vitest';
import { decideAction } from '../../src/storage/action-decisions';
import {
  dropCarriedDecision,
  keepCarriedAsOwnAction,
  startCycleCarryingOver,
} from '../../src/storage/carry-actions';
import { createCycle, listCycles } from '../../src/storage/cycles';
import { database } from '../../src/storage/database';
import { addOwnAction, listOwnActions } from '../../src/storage/own-actions';
import { listRoadmapEdits } from '../../src/storage/roadmap-edits';
import { freshDatabase } from '../support/app';

const CYBER = [{ id: 'cybersecurity-baseline', version: '1.1.0' }];
const MFA = 'cybersecurity-baseline/rec:mfa-email-admin';
const MEMBER = 'digital-maturity/rec:security-first-steps';
const BACKUPS = 'cybersecurity-baseline/rec:set-up-backups';
const title = {
  en: 'Turn on multifactor authentication',
  fr: 'Activer l’authentification multifacteur',
};

describe('starting a cycle with the unfinished actions of the previous one', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('copies the chosen own actions and decisions into the new cycle, marked as carried over', async () => {
    const earlier = await createCycle('2025', CYBER);
    const laptops = await addOwnAction(earlier.id, {
      title: 'Replace the front-desk laptops',
      horizon: 'now',
      owner: 'Hélène',
      status: 'in-progress',
      funding: { source: 'ircc-sdi' },
    });
    const shredder = await addOwnAction(earlier.id, { title: 'Buy a shredder', horizon: 'now' });
    await decideAction(earlier.id, MEMBER, { owner: 'Amina', targetDate: '2025-12-31' });

    const later = await startCycleCarryingOver('2026', CYBER, {
      cycleId: earlier.id,
      actions: [
        { kind: 'own', id: laptops.id },
        { kind: 'proposed', key: MFA, foundUnder: MEMBER, title, horizon: 'now' },
      ],
    });

    expect((await listCycles()).map((c) => c.name)).toEqual(['2026', '2025']);
    const carried = await listOwnActions(later.id);
    expect(carried).toEqual([
      expect.objectContaining({
        id: laptops.id,
        title: 'Replace the front-desk laptops',
        owner: 'Hélène',
        status: 'in-progress',
        funding: { source: 'ircc-sdi' },
        carriedFrom: { cycleId: earlier.id },
      }),
    ]);
    expect(carried.map((a) => a.id)).not.toContain(shredder.id);
    expect(await listRoadmapEdits(later.id)).toEqual([
      expect.objectContaining({
        itemKey: MFA,
        questionnaireId: 'cybersecurity-baseline',
        owner: 'Amina',
        targetDate: '2025-12-31',
        carriedFrom: { cycleId: earlier.id, title, horizon: 'now' },
      }),
    ]);
    // the earlier cycle keeps its own records
    expect(await listOwnActions(earlier.id)).toHaveLength(2);
    expect((await listRoadmapEdits(earlier.id)).map((e) => e.itemKey)).toEqual([MEMBER]);
  });

  it('starts a plain cycle when nothing is carried', async () => {
    const cycle = await startCycleCarryingOver('2026', CYBER, null);
    expect(cycle.name).toBe('2026');
    expect(await listOwnActions(cycle.id)).toEqual([]);
  });

  it('stores nothing at all when carrying over fails half-way', async () => {
    const earlier = await createCycle('2025', CYBER);
    const laptops = await addOwnAction(earlier.id, { title: 'Laptops', horizon: 'now' });
    const fail = () => {
      throw new Error('disk failure');
    };
    database().ownActions.hook('creating', fail);
    await expect(
      startCycleCarryingOver('2026', CYBER, {
        cycleId: earlier.id,
        actions: [{ kind: 'own', id: laptops.id }],
      }),
    ).rejects.toThrow('disk failure');
    database().ownActions.hook('creating').unsubscribe(fail);
    expect((await listCycles()).map((c) => c.name)).toEqual(['2025']);
  });

  it('makes a carried decision the new answers do not propose an own action with the same follow-up, or drops it', async () => {
    const earlier = await createCycle('2025', CYBER);
    await decideAction(earlier.id, MFA, { owner: 'Amina', status: 'planned' });
    await decideAction(earlier.id, BACKUPS, { owner: 'Hélène' });
    const later = await startCycleCarryingOver('2026', CYBER, {
      cycleId: earlier.id,
      actions: [
        { kind: 'proposed', key: MFA, foundUnder: MFA, title, horizon: 'now' },
        { kind: 'proposed', key: BACKUPS, foundUnder: BACKUPS, title, horizon: 'next' },
      ],
    });
    await keepCarriedAsOwnAction(later.id, MFA, title.en);
    await dropCarriedDecision(later.id, BACKUPS);
    expect(await listOwnActions(later.id)).toEqual([
      expect.objectContaining({
        title: title.en,
        horizon: 'now',
        owner: 'Amina',
        status: 'planned',
      }),
    ]);
    expect(await listRoadmapEdits(later.id)).toEqual([]);
  });
});
