import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { extendCatalog, loadQuestionnaire } from '../../src/content/catalog';
import { validateQuestionnaire } from '../../src/engine/validate';
import { carryResponse } from '../../src/storage/carry-response';
import { closeCycle, createCycle, getCycle } from '../../src/storage/cycles';
import { database } from '../../src/storage/database';
import type { Cycle } from '../../src/domain/cycle';
import type { Response } from '../../src/domain/response';
import {
  getAnswerRecords,
  getResponse,
  saveAnswer,
  submitResponse,
} from '../../src/storage/responses';
import { buildBackup, parseBackup } from '../../src/storage/transfer/backup-file';
import { freshDatabase } from '../support/app';
import {
  CYBER,
  cyberNext,
  NEWER,
  offerNewerVersion,
  respondOnEarlierVersion,
  SHIPPED,
} from '../support/newer-version';

const versions = () =>
  Promise.all([loadQuestionnaire(CYBER, SHIPPED), loadQuestionnaire(CYBER, NEWER)]);

async function respond(cycle: Cycle, respondent: string): Promise<Response> {
  const response = await respondOnEarlierVersion(cycle, respondent);
  await saveAnswer(response.id, 'usb-use', { value: 'some-rules', note: 'Only the encrypted key' });
  await saveAnswer(response.id, 'media-disposal', { value: 'no' });
  await saveAnswer(response.id, 'passwords', { value: 'shared-written', note: 'Sticky notes' });
  return response;
}

async function cycleWithResponse() {
  const cycle = await createCycle('2026 annual self-assessment', [{ id: CYBER, version: SHIPPED }]);
  return { cycle, response: await respond(cycle, 'Executive director') };
}

describe('carrying a response to a newer questionnaire version', () => {
  beforeAll(offerNewerVersion);
  afterAll(() => {
    extendCatalog();
  });
  beforeEach(() => {
    freshDatabase();
  });

  it('uses a fixture version that validates like published content', () => {
    expect(validateQuestionnaire(cyberNext()).issues).toEqual([]);
  });

  it('moves the answers, keeps every earlier answer in the response, and moves the cycle', async () => {
    const { cycle, response } = await cycleWithResponse();
    const before = await getAnswerRecords(response.id);
    const [earlier, later] = await versions();

    const outcome = await carryResponse(response.id, [earlier, later]);
    expect(outcome).toMatchObject({ ok: true, cycleMoved: true });
    if (!outcome.ok) return;
    expect(outcome.carried.newQuestions).toEqual(['phishing-reporting']);
    expect(outcome.carried.changedQuestions).toEqual(['mfa-email', 'passwords']);
    expect(outcome.carried.droppedAnswers).toEqual([
      { questionId: 'passwords', reason: 'answer-no-longer-fits' },
      { questionId: 'media-disposal', reason: 'question-removed' },
    ]);

    const stored = await getResponse(response.id);
    expect(stored).toMatchObject({ version: NEWER, contentHash: later.contentHash });
    expect(stored?.carriedFrom).toHaveLength(1);
    expect(stored?.carriedFrom?.[0]).toMatchObject({
      version: SHIPPED,
      contentHash: earlier.contentHash,
      newQuestions: outcome.carried.newQuestions,
      changedQuestions: outcome.carried.changedQuestions,
      droppedAnswers: outcome.carried.droppedAnswers,
    });
    expect(stored?.carriedFrom?.[0]?.answers).toEqual(
      before.map(({ responseId: _r, revision: _v, ...answer }) => answer),
    );

    const after = new Map((await getAnswerRecords(response.id)).map((a) => [a.questionId, a]));
    const old = new Map(before.map((a) => [a.questionId, a]));
    expect(after.get('removable-media')).toMatchObject({
      value: 'some-rules',
      note: 'Only the encrypted key',
      answeredAt: old.get('usb-use')?.answeredAt,
    });
    expect(after.get('passwords')).toMatchObject({ note: 'Sticky notes' });
    expect(after.get('passwords')).not.toHaveProperty('value');
    expect(after.has('media-disposal')).toBe(false);
    expect(after.get('mfa-email')).toEqual(old.get('mfa-email'));
    expect((await getCycle(cycle.id))?.questionnaires).toEqual([{ id: CYBER, version: NEWER }]);
  });

  it('never moves a finished response', async () => {
    const { response } = await cycleWithResponse();
    await submitResponse(response.id, true);
    const before = await getAnswerRecords(response.id);
    expect(await carryResponse(response.id, await versions())).toEqual({
      ok: false,
      reason: 'submitted',
    });
    expect(await getResponse(response.id)).toMatchObject({ version: SHIPPED });
    expect(await getAnswerRecords(response.id)).toEqual(before);
  });

  it('refuses in a closed cycle, and refuses a second carry from the version it left', async () => {
    const { cycle, response } = await cycleWithResponse();
    const chain = await versions();
    expect(await carryResponse(response.id, chain)).toMatchObject({ ok: true });
    expect(await carryResponse(response.id, chain)).toEqual({
      ok: false,
      reason: 'version-mismatch',
    });
    const other = await respond(cycle, 'Office manager');
    await closeCycle(cycle.id, true);
    expect(await carryResponse(other.id, chain)).toEqual({ ok: false, reason: 'cycle-closed' });
  });

  it('keeps the cycle on its version while a teammate’s finished response is on it', async () => {
    const { cycle, response } = await cycleWithResponse();
    const teammate = await respond(cycle, 'Office manager');
    await submitResponse(teammate.id, true);
    expect(await carryResponse(response.id, await versions())).toMatchObject({
      ok: true,
      cycleMoved: false,
    });
    expect((await getCycle(cycle.id))?.questionnaires).toEqual([{ id: CYBER, version: SHIPPED }]);
    expect(await getResponse(teammate.id)).toMatchObject({ version: SHIPPED });
  });

  it('changes nothing when a write fails part-way', async () => {
    const { cycle, response } = await cycleWithResponse();
    const before = {
      response: await getResponse(response.id),
      answers: await getAnswerRecords(response.id),
      cycle: await getCycle(cycle.id),
    };
    const db = database();
    const failOnAnswers = () => {
      throw new Error('disk failure while writing answers');
    };
    db.answers.hook('creating', failOnAnswers);
    await expect(carryResponse(response.id, await versions())).rejects.toThrow('disk failure');
    db.answers.hook('creating').unsubscribe(failOnAnswers);
    expect({
      response: await getResponse(response.id),
      answers: await getAnswerRecords(response.id),
      cycle: await getCycle(cycle.id),
    }).toEqual(before);
  });

  it('keeps the earlier answers in backups', async () => {
    const { response } = await cycleWithResponse();
    await carryResponse(response.id, await versions());
    const parsed = parseBackup(JSON.parse(JSON.stringify(await buildBackup())));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value.responses[0]?.carriedFrom?.[0]?.version).toBe(SHIPPED);
  });
});
