import { beforeEach, describe, expect, it } from 'vitest';
import { UnsoundEstimateError } from '../../src/storage/action-decisions';
import { createCycle } from '../../src/storage/cycles';
import {
  addOwnAction,
  deleteOwnAction,
  listOwnActions,
  updateOwnAction,
} from '../../src/storage/own-actions';
import { RecordMissingError } from '../../src/storage/record-missing';
import { freshDatabase } from '../support/app';

const newCycle = () => createCycle('2026', [{ id: 'digital-maturity', version: '1.1.0' }]);

describe("the organization's own actions", () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('are kept with their cycle, in the order they were added, each with a unique id', async () => {
    const cycle = await newCycle();
    const other = await newCycle();
    const first = await addOwnAction(cycle.id, { title: 'Buy a shredder', horizon: 'now' });
    const second = await addOwnAction(cycle.id, {
      title: 'Hire a part-time IT coordinator',
      description: 'Shared with two other agencies',
      horizon: 'later',
      cost: { recurring: { min: 1500, max: 2000, per: 'month', scope: 'organization' } },
      funding: { source: 'other-funder', funder: 'United Way Centraide' },
    });
    await addOwnAction(other.id, { title: 'Something else', horizon: 'next' });

    const stored = await listOwnActions(cycle.id);
    expect(stored.map((a) => a.title)).toEqual([
      'Buy a shredder',
      'Hire a part-time IT coordinator',
    ]);
    expect(first.id).not.toBe(second.id);
    expect(stored[1]).toMatchObject({
      cycleId: cycle.id,
      horizon: 'later',
      funding: { source: 'other-funder', funder: 'United Way Centraide' },
    });
  });

  it('change field by field, and a field emptied is removed, not stored empty', async () => {
    const cycle = await newCycle();
    const action = await addOwnAction(cycle.id, {
      title: 'Buy a shredder',
      horizon: 'now',
      owner: 'Amina',
    });
    await updateOwnAction(cycle.id, action.id, { status: 'done', owner: '' });
    const [stored] = await listOwnActions(cycle.id);
    expect(stored?.status).toBe('done');
    expect(stored).not.toHaveProperty('owner');
    expect(stored?.title).toBe('Buy a shredder');
  });

  it('are deleted one by one', async () => {
    const cycle = await newCycle();
    const a = await addOwnAction(cycle.id, { title: 'A', horizon: 'now' });
    await addOwnAction(cycle.id, { title: 'B', horizon: 'now' });
    await deleteOwnAction(cycle.id, a.id);
    expect((await listOwnActions(cycle.id)).map((x) => x.title)).toEqual(['B']);
  });

  it('are never written with an estimate that does not hold or without a title', async () => {
    const cycle = await newCycle();
    await expect(
      addOwnAction(cycle.id, {
        title: 'Backwards',
        horizon: 'now',
        cost: { oneTime: { min: 900, max: 300 } },
      }),
    ).rejects.toBeInstanceOf(UnsoundEstimateError);
    await expect(addOwnAction(cycle.id, { title: '   ', horizon: 'now' })).rejects.toThrow();
    expect(await listOwnActions(cycle.id)).toEqual([]);
  });

  it('cannot be added to a cycle that is no longer stored, nor changed once deleted', async () => {
    await expect(addOwnAction('gone', { title: 'A', horizon: 'now' })).rejects.toBeInstanceOf(
      RecordMissingError,
    );
    const cycle = await newCycle();
    const action = await addOwnAction(cycle.id, { title: 'A', horizon: 'now' });
    await deleteOwnAction(cycle.id, action.id);
    await expect(updateOwnAction(cycle.id, action.id, { owner: 'B' })).rejects.toBeInstanceOf(
      RecordMissingError,
    );
  });
});
