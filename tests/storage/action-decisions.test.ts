import { beforeEach, describe, expect, it } from 'vitest';
import { decideAction, UnsoundEstimateError } from '../../src/storage/action-decisions';
import { createCycle } from '../../src/storage/cycles';
import { listRoadmapEdits } from '../../src/storage/roadmap-edits';
import { editRoadmapItem } from '../../src/storage/roadmap-edits';
import { freshDatabase } from '../support/app';

const CANONICAL = 'cybersecurity-baseline/rec:mfa-email-admin';
const MEMBER = 'digital-maturity/rec:security-first-steps';

describe("leadership's decisions on a proposed action", () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('keep a pin, a cost estimate and a named funder with the follow-up', async () => {
    const cycle = await createCycle('2026', [{ id: 'cybersecurity-baseline', version: '1.1.0' }]);
    await decideAction(cycle.id, CANONICAL, {
      horizon: 'next',
      cost: { oneTime: { min: 0, max: 400 }, staffHours: { min: 2, max: 6 } },
      funding: { source: 'other-funder', funder: 'Fondation Lucie-et-André-Chagnon' },
      owner: 'Hélène',
    });
    await decideAction(cycle.id, CANONICAL, { horizon: undefined });
    expect(await listRoadmapEdits(cycle.id)).toEqual([
      expect.objectContaining({
        itemKey: CANONICAL,
        questionnaireId: 'cybersecurity-baseline',
        owner: 'Hélène',
        cost: { oneTime: { min: 0, max: 400 }, staffHours: { min: 2, max: 6 } },
        funding: { source: 'other-funder', funder: 'Fondation Lucie-et-André-Chagnon' },
      }),
    ]);
    expect((await listRoadmapEdits(cycle.id))[0]).not.toHaveProperty('horizon');
  });

  it("copy a decision found under a member's key to the action's own key before changing it", async () => {
    const cycle = await createCycle('2026', [{ id: 'digital-maturity', version: '1.1.0' }]);
    await editRoadmapItem(cycle.id, MEMBER, { owner: 'Amina', note: 'Ask the IT volunteer' });
    await decideAction(cycle.id, CANONICAL, { status: 'in-progress' }, MEMBER);
    const edits = await listRoadmapEdits(cycle.id);
    expect(edits.find((e) => e.itemKey === CANONICAL)).toMatchObject({
      owner: 'Amina',
      note: 'Ask the IT volunteer',
      status: 'in-progress',
      questionnaireId: 'cybersecurity-baseline',
    });
  });

  it('refuse an estimate whose lower figure is above the higher one, and store nothing', async () => {
    const cycle = await createCycle('2026', [{ id: 'digital-maturity', version: '1.1.0' }]);
    await expect(
      decideAction(cycle.id, CANONICAL, { cost: { staffHours: { min: 10, max: 2 } } }),
    ).rejects.toBeInstanceOf(UnsoundEstimateError);
    expect(await listRoadmapEdits(cycle.id)).toEqual([]);
  });
});
