// Every change made on this device counts as this device's next write of the record it changes.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  closeCycle,
  createCycle,
  getCycle,
  renameCycle,
  setTarget,
} from '../../src/storage/cycles';
import { database } from '../../src/storage/database';
import { DEVICE_ID_KEY } from '../../src/storage/device-id';
import { getProfile, saveProfile } from '../../src/storage/profile';
import {
  createResponse,
  getAnswerRecords,
  getResponse,
  rememberPage,
  renameRespondent,
  saveAnswer,
  submitResponse,
} from '../../src/storage/responses';
import { editRoadmapItem, listRoadmapEdits } from '../../src/storage/roadmap-edits';
import { freshDatabase } from '../support/app';

async function thisDevice(): Promise<string> {
  const id = (await database().settings.get(DEVICE_ID_KEY))?.value;
  if (typeof id !== 'string') throw new Error('no device id');
  return id;
}

const profileInput = {
  name: 'Centre d’accueil de Rivière-du-Loup',
  province: 'QC',
  communitySize: 'small-rural',
  staffBand: '6-15',
  services: ['settlement'],
  languages: ['fr'],
} as const;

describe('changes made on this device', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('give this browser a random device id, made once', async () => {
    await saveProfile({ ...profileInput, services: [...profileInput.services], languages: ['fr'] });
    const device = await thisDevice();
    expect(device).toMatch(/^[0-9a-f]{16}$/);
    await createCycle('2026', [{ id: 'cybersecurity-baseline', version: '1.0.0' }]);
    expect(await thisDevice()).toBe(device);
    freshDatabase();
    await createCycle('2026', [{ id: 'cybersecurity-baseline', version: '1.0.0' }]);
    expect(await thisDevice()).not.toBe(device);
  });

  it('count one write of the profile each time it is saved', async () => {
    const input = {
      ...profileInput,
      services: ['settlement' as const],
      languages: ['fr' as const],
    };
    await saveProfile(input);
    await saveProfile({ ...input, name: 'Centre d’accueil du Bas-Saint-Laurent' });
    const device = await thisDevice();
    expect((await getProfile())?.revision).toEqual({ vector: { [device]: 2 }, by: device });
  });

  it('count each change to a cycle: created, renamed, targets, closed', async () => {
    const cycle = await createCycle('2026', [{ id: 'cybersecurity-baseline', version: '1.0.0' }]);
    const device = await thisDevice();
    expect(cycle.revision).toEqual({ vector: { [device]: 1 }, by: device });
    await renameCycle(cycle.id, 'Autoévaluation 2026');
    await setTarget(cycle.id, 'cybersecurity-baseline', 'strong-authentication', 'baseline-met');
    await closeCycle(cycle.id, true);
    expect((await getCycle(cycle.id))?.revision?.vector).toEqual({ [device]: 4 });
  });

  it('count a saved answer as a write of the answer and of its response, but not a page visit', async () => {
    const cycle = await createCycle('2026', [{ id: 'cybersecurity-baseline', version: '1.0.0' }]);
    const response = await createResponse({
      cycleId: cycle.id,
      questionnaireId: 'cybersecurity-baseline',
      version: '1.0.0',
      contentHash: 'a'.repeat(64),
      respondent: 'Directrice générale',
    });
    const device = await thisDevice();
    await saveAnswer(response.id, 'mfa-email', { value: 'yes' });
    await saveAnswer(response.id, 'mfa-email', { value: 'partly' });
    await saveAnswer(response.id, 'backup-exists', { special: 'dont-know' });
    await rememberPage(response.id, 'review');
    const [backup, mfa] = (await getAnswerRecords(response.id)).sort((a, b) =>
      a.questionId.localeCompare(b.questionId),
    );
    expect(mfa?.revision?.vector).toEqual({ [device]: 2 });
    expect(backup?.revision?.vector).toEqual({ [device]: 1 });
    expect((await getResponse(response.id))?.revision?.vector).toEqual({ [device]: 4 });

    // clearing an answer changes the response too; clearing nothing changes nothing
    await saveAnswer(response.id, 'backup-exists', null);
    await saveAnswer(response.id, 'never-answered', null);
    await submitResponse(response.id, true);
    await renameRespondent(response.id, 'Direction générale');
    expect((await getResponse(response.id))?.revision?.vector).toEqual({ [device]: 7 });
  });

  it('count each change to a roadmap item', async () => {
    const cycle = await createCycle('2026', [{ id: 'cybersecurity-baseline', version: '1.0.0' }]);
    await editRoadmapItem(cycle.id, 'cybersecurity-baseline/rec:mfa', { status: 'planned' });
    await editRoadmapItem(cycle.id, 'cybersecurity-baseline/rec:mfa', { owner: 'Hélène' });
    const device = await thisDevice();
    const [edit] = await listRoadmapEdits(cycle.id);
    expect(edit).toMatchObject({ status: 'planned', owner: 'Hélène' });
    expect(edit?.revision).toEqual({ vector: { [device]: 2 }, by: device });
  });
});
