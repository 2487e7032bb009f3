// A change aimed at a response or cycle that was deleted meanwhile (in another tab, or by a restore)
// is refused, so nothing is written that belongs to nothing and the app never reports it saved.
import { beforeEach, describe, expect, it } from 'vitest';
import { closeCycle, createCycle, setTarget } from '../../src/storage/cycles';
import { countStored } from '../../src/storage/device-data';
import { RecordMissingError } from '../../src/storage/record-missing';
import {
  createResponse,
  deleteResponse,
  getAnswers,
  saveAnswer,
  submitResponse,
} from '../../src/storage/responses';
import { editRoadmapItem, listRoadmapEdits } from '../../src/storage/roadmap-edits';
import { freshDatabase } from '../support/app';

async function deletedResponse() {
  const cycle = await createCycle('2026', [{ id: 'cybersecurity-baseline', version: '1.0.0' }]);
  const response = await createResponse({
    cycleId: cycle.id,
    questionnaireId: 'cybersecurity-baseline',
    version: '1.0.0',
    contentHash: 'a'.repeat(64),
    respondent: 'Executive director',
  });
  await deleteResponse(response.id);
  return response;
}

describe('changes to something no longer stored', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('an answer to a deleted response is refused and not written', async () => {
    const response = await deletedResponse();
    await expect(saveAnswer(response.id, 'mfa-email', { value: 'yes' })).rejects.toBeInstanceOf(
      RecordMissingError,
    );
    expect(await getAnswers(response.id)).toEqual({});
    expect((await countStored()).answers).toBe(0);
  });

  it('submitting a deleted response is refused', async () => {
    const response = await deletedResponse();
    await expect(submitResponse(response.id, true)).rejects.toBeInstanceOf(RecordMissingError);
  });

  it('a roadmap note, a target or closing a deleted cycle is refused and nothing is written', async () => {
    const missing = 'a-cycle-deleted-meanwhile';
    await expect(
      editRoadmapItem(missing, 'cybersecurity-baseline/rec:turn-on-mfa', { owner: 'Amina' }),
    ).rejects.toBeInstanceOf(RecordMissingError);
    expect(await listRoadmapEdits(missing)).toEqual([]);
    await expect(
      setTarget(missing, 'cybersecurity-baseline', 'access', 'managed'),
    ).rejects.toBeInstanceOf(RecordMissingError);
    await expect(closeCycle(missing, true)).rejects.toBeInstanceOf(RecordMissingError);
    expect(await countStored()).toMatchObject({ cycles: 0, roadmapEdits: 0 });
  });
});
