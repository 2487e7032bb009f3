import { beforeEach, describe, expect, it } from 'vitest';
import { createCycle } from '../../src/storage/cycles';
import { countStored, deleteAllData } from '../../src/storage/device-data';
import { saveProfile } from '../../src/storage/profile';
import {
  countResponsesByCycle,
  createResponse,
  deleteResponse,
  getAnswers,
  getResponse,
  saveAnswer,
  submitResponse,
} from '../../src/storage/responses';
import { addClientCheck } from '../../src/storage/client-checks';
import { addOwnAction } from '../../src/storage/own-actions';
import { editRoadmapItem, listRoadmapEdits } from '../../src/storage/roadmap-edits';
import { freshDatabase } from '../support/app';

async function newResponse() {
  const cycle = await createCycle('2026 annual self-assessment', [
    { id: 'cybersecurity-baseline', version: '1.0.0' },
  ]);
  const response = await createResponse({
    cycleId: cycle.id,
    questionnaireId: 'cybersecurity-baseline',
    version: '1.0.0',
    contentHash: 'a'.repeat(64),
    respondent: '  Executive director ',
  });
  return { cycle, response };
}

describe('storing responses and answers', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('saves each answer with the response timestamp, and reads them back by question', async () => {
    const { response } = await newResponse();
    await saveAnswer(response.id, 'mfa-email', { value: 'yes' });
    await saveAnswer(response.id, 'backup-exists', { special: 'dont-know', note: 'Ask Priya' });
    expect(await getAnswers(response.id)).toEqual({
      'mfa-email': { value: 'yes' },
      'backup-exists': { special: 'dont-know', note: 'Ask Priya' },
    });
    const stored = await getResponse(response.id);
    expect(stored?.respondent).toBe('Executive director');
    expect(stored!.updatedAt >= response.updatedAt).toBe(true);
  });

  it('replaces an answer, and clearing it removes it', async () => {
    const { response } = await newResponse();
    await saveAnswer(response.id, 'mfa-email', { value: 'no' });
    await saveAnswer(response.id, 'mfa-email', { value: 'partly' });
    expect(await getAnswers(response.id)).toEqual({ 'mfa-email': { value: 'partly' } });
    await saveAnswer(response.id, 'mfa-email', null);
    expect(await getAnswers(response.id)).toEqual({});
  });

  it('keeps a note even when the answer itself is cleared', async () => {
    const { response } = await newResponse();
    await saveAnswer(response.id, 'mfa-email', { note: 'Check with the IT volunteer' });
    expect(await getAnswers(response.id)).toEqual({
      'mfa-email': { note: 'Check with the IT volunteer' },
    });
  });

  it('marks a response submitted and back', async () => {
    const { response } = await newResponse();
    await submitResponse(response.id, true);
    expect((await getResponse(response.id))?.submittedAt).toBeDefined();
    await submitResponse(response.id, false);
    expect((await getResponse(response.id))?.submittedAt).toBeUndefined();
  });

  it('counts the responses of every cycle, an empty cycle as zero', async () => {
    const { cycle, response } = await newResponse();
    await createResponse({ ...response, respondent: 'Volunteer coordinator' });
    const empty = await createCycle('2027 annual self-assessment', []);
    const counts = await countResponsesByCycle();
    expect(counts.get(cycle.id)).toBe(2);
    expect(counts.get(empty.id)).toBe(0);
    await deleteResponse(response.id);
    expect((await countResponsesByCycle()).get(cycle.id)).toBe(1);
  });

  it('deletes a response together with its answers', async () => {
    const { response } = await newResponse();
    await saveAnswer(response.id, 'mfa-email', { value: 'yes' });
    await deleteResponse(response.id);
    expect(await getResponse(response.id)).toBeUndefined();
    expect(await getAnswers(response.id)).toEqual({});
  });
});

describe('roadmap edits', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('merges changes into one edit per item, and an empty value clears a field', async () => {
    const { cycle } = await newResponse();
    const key = 'cybersecurity-baseline/rec:turn-on-mfa';
    await editRoadmapItem(cycle.id, key, { status: 'planned', owner: 'Amina' });
    await editRoadmapItem(cycle.id, key, { targetDate: '2027-03-31', owner: '' });
    const [edit] = await listRoadmapEdits(cycle.id);
    expect(edit).toMatchObject({
      cycleId: cycle.id,
      itemKey: key,
      status: 'planned',
      targetDate: '2027-03-31',
    });
    expect(edit).not.toHaveProperty('owner');
  });
});

describe('data on the device', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('counts what is stored and deletes everything at once', async () => {
    await saveProfile({
      name: 'Centre multiculturel',
      province: 'NB',
      communitySize: 'small-rural',
      staffBand: '6-15',
      services: ['settlement'],
      languages: ['en', 'fr'],
    });
    const { response } = await newResponse();
    await saveAnswer(response.id, 'mfa-email', { value: 'yes' });
    await addOwnAction(response.cycleId, { title: 'Buy a shredder', horizon: 'now' });
    await addClientCheck({
      cycleId: response.cycleId,
      month: '2026-03',
      questionnaireId: 'newcomer-digital-skills',
      version: '1.0.0',
      language: 'ar',
      mode: 'client-mode',
      levels: { device: 'building' },
    });
    expect(await countStored()).toEqual({
      profile: 1,
      cycles: 1,
      responses: 1,
      answers: 1,
      roadmapEdits: 0,
      ownActions: 1,
      clientChecks: 1,
    });
    await deleteAllData();
    expect(await countStored()).toEqual({
      profile: 0,
      cycles: 0,
      responses: 0,
      answers: 0,
      roadmapEdits: 0,
      ownActions: 0,
      clientChecks: 0,
    });
  });
});
