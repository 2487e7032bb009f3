// A colleague exports their answers, keeps working, and exports again: the newer file replaces the
// older import after a preview; an older or identical file changes nothing and says why.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  decideResponseFile,
  importResponseFile,
  type FileOutcome,
} from '../../../src/features/transfer/import-response-files';
import { closeCycle, createCycle } from '../../../src/storage/cycles';
import { setDatabase, type BoussoleDatabase } from '../../../src/storage/database';
import { countStored } from '../../../src/storage/device-data';
import {
  getAnswers,
  getResponse,
  renameRespondent,
  saveAnswer,
  submitResponse,
} from '../../../src/storage/responses';
import { seal } from '../../../src/storage/transfer/envelope';
import { buildResponseFile, type ResponseFile } from '../../../src/storage/transfer/response-file';
import { startTransferSession } from '../../../src/storage/transfer/transfer-session';
import { freshDatabase } from '../../support/app';
import { startResponse } from '../../support/cycle-fixture';

const CYBER = 'cybersecurity-baseline';

const asFile = (content: ResponseFile, name = 'helene.boussole.json') =>
  new File([JSON.stringify(content)], name);

/** Hélène answers on her laptop (device A); the lead imports her file on device B. */
async function colleagueAndLead() {
  const laptop = freshDatabase();
  const elsewhere = await createCycle('Sur le portable', [{ id: CYBER, version: '1.0.0' }]);
  const response = await startResponse(elsewhere.id, CYBER, 'Hélène, adjointe');
  await saveAnswer(response.id, 'mfa-email', { value: 'no' });
  await saveAnswer(response.id, 'backup-exists', { value: 'sync-only', note: 'OneDrive' });
  const exportNow = async () => {
    setDatabase(laptop);
    const file = await buildResponseFile(response.id);
    if (!file) throw new Error('no file');
    return file;
  };
  const first = await exportNow();
  const lead = freshDatabase();
  const cycle = await createCycle('Autoévaluation 2026', [{ id: CYBER, version: '1.0.0' }]);
  expect(await importResponseFile(cycle.id, asFile(first))).toMatchObject({
    ok: true,
    status: 'imported',
  });
  const on = async <T>(device: BoussoleDatabase, work: () => Promise<T>) => {
    setDatabase(device);
    return work();
  };
  return { laptop, lead, cycle, response, first, exportNow, on };
}

function pending(outcome: FileOutcome) {
  if (!outcome.ok || outcome.status !== 'needs-choice')
    throw new Error(`expected a decision, got ${JSON.stringify(outcome)}`);
  return outcome;
}

describe('importing a newer export of a response already imported', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('shows what changes, and replaces the older copy only once the person confirms', async () => {
    const { laptop, lead, cycle, response, exportNow, on } = await colleagueAndLead();
    const newer = await on(laptop, async () => {
      await saveAnswer(response.id, 'mfa-email', { value: 'yes' }); // changed
      await saveAnswer(response.id, 'mfa-admin', { value: 'partly' }); // added
      await saveAnswer(response.id, 'backup-exists', null); // removed
      await submitResponse(response.id, true);
      return exportNow();
    });
    await on(lead, async () => {
      const session = startTransferSession(() => undefined);
      const outcome = pending(await importResponseFile(cycle.id, asFile(newer), session));
      expect(outcome.plan).toEqual({
        kind: 'newer',
        changes: {
          answersAdded: 1,
          answersChanged: 1,
          answersRemoved: 1,
          submitted: { device: false, file: true },
          respondent: { device: 'Hélène, adjointe', file: 'Hélène, adjointe' },
          version: { device: '1.0.0', file: '1.0.0' },
        },
      });
      // nothing is written before the person confirms
      expect(await getAnswers(response.id)).toMatchObject({ 'mfa-email': { value: 'no' } });

      expect(await decideResponseFile(session, outcome, 'file')).toMatchObject({
        ok: true,
        status: 'replaced',
      });
      expect(await getAnswers(response.id)).toEqual({
        'mfa-email': { value: 'yes' },
        'mfa-admin': { value: 'partly' },
      });
      expect(await getResponse(response.id)).toMatchObject({
        cycleId: cycle.id,
        origin: 'imported',
        submittedAt: newer.response.submittedAt,
      });
    });
  });

  it('refuses an older file, saying this device’s copy is newer and when each was changed', async () => {
    const { lead, cycle, response, first, on } = await colleagueAndLead();
    await on(lead, async () => {
      await renameRespondent(response.id, 'Hélène Tremblay, adjointe administrative');
      const stored = await countStored();
      const outcome = await importResponseFile(cycle.id, asFile(first));
      expect(outcome).toMatchObject({
        ok: false,
        error: {
          code: 'older-copy',
          details: {
            respondent: 'Hélène Tremblay, adjointe administrative',
            fileChanged: Date.parse(first.response.updatedAt),
          },
        },
      });
      if (!outcome.ok) expect(outcome.error.details.deviceChanged).toBeGreaterThan(0);
      expect(await countStored()).toEqual(stored);
    });
  });

  it('says the same file is already imported, and writes nothing', async () => {
    const { lead, cycle, first, on } = await colleagueAndLead();
    await on(lead, async () => {
      const stored = await countStored();
      expect(await importResponseFile(cycle.id, asFile(first))).toMatchObject({
        ok: true,
        status: 'already-imported',
      });
      expect(await countStored()).toEqual(stored);
    });
  });

  it('asks when both copies changed since they last matched, and keeps this device’s by choice', async () => {
    const { laptop, lead, cycle, response, exportNow, on } = await colleagueAndLead();
    const theirs = await on(laptop, async () => {
      await saveAnswer(response.id, 'mfa-email', { value: 'yes' });
      return exportNow();
    });
    await on(lead, async () => {
      await saveAnswer(response.id, 'mfa-email', { value: 'partly', note: 'Vu en réunion' });
      const session = startTransferSession(() => undefined);
      const outcome = pending(await importResponseFile(cycle.id, asFile(theirs), session));
      expect(outcome.plan).toMatchObject({
        kind: 'conflict',
        reason: 'both-changed',
        changes: { answersChanged: 1 },
      });
      expect(await decideResponseFile(session, outcome, 'device')).toMatchObject({
        status: 'kept',
      });
      expect(await getAnswers(response.id)).toMatchObject({
        'mfa-email': { value: 'partly', note: 'Vu en réunion' },
      });
      // decided: the same file again is no longer newer in anything
      expect(await importResponseFile(cycle.id, asFile(theirs))).toMatchObject({
        ok: false,
        error: { code: 'older-copy' },
      });
    });
  });

  it('takes the file’s copy of a conflict when the person chooses it', async () => {
    const { laptop, lead, cycle, response, exportNow, on } = await colleagueAndLead();
    const theirs = await on(laptop, async () => {
      await saveAnswer(response.id, 'mfa-email', { value: 'yes' });
      return exportNow();
    });
    await on(lead, async () => {
      await saveAnswer(response.id, 'mfa-email', { value: 'partly' });
      const session = startTransferSession(() => undefined);
      const outcome = pending(await importResponseFile(cycle.id, asFile(theirs), session));
      await decideResponseFile(session, outcome, 'file');
      expect(await getAnswers(response.id)).toMatchObject({ 'mfa-email': { value: 'yes' } });
    });
  });

  it('treats a format-1 file (no revisions) that differs as a conflict, never as newer or older', async () => {
    const { laptop, lead, cycle, response, exportNow, on } = await colleagueAndLead();
    const legacy = await on(laptop, async () => {
      await saveAnswer(response.id, 'mfa-email', { value: 'yes' });
      const { checksum: _c, ...file } = structuredClone(await exportNow());
      file.formatVersion = 1;
      delete file.response.revision;
      for (const answer of Object.values(file.answers)) delete answer.revision;
      return seal(file);
    });
    await on(lead, async () => {
      const outcome = pending(await importResponseFile(cycle.id, asFile(legacy)));
      expect(outcome.plan).toMatchObject({ kind: 'conflict', reason: 'unknown' });
    });
  });

  it('refuses a newer file for a response that is in another cycle, saying where it is', async () => {
    const { laptop, lead, response, exportNow, on } = await colleagueAndLead();
    const newer = await on(laptop, async () => {
      await saveAnswer(response.id, 'mfa-email', { value: 'yes' });
      return exportNow();
    });
    await on(lead, async () => {
      const other = await createCycle('Autre cycle', [{ id: CYBER, version: '1.0.0' }]);
      expect(await importResponseFile(other.id, asFile(newer))).toMatchObject({
        ok: false,
        error: { code: 'duplicate', details: { cycle: 'Autoévaluation 2026' } },
      });
    });
  });

  it('changes nothing in a closed cycle', async () => {
    const { laptop, lead, cycle, response, exportNow, on } = await colleagueAndLead();
    const newer = await on(laptop, async () => {
      await saveAnswer(response.id, 'mfa-email', { value: 'yes' });
      return exportNow();
    });
    await on(lead, async () => {
      await closeCycle(cycle.id, true);
      expect(await importResponseFile(cycle.id, asFile(newer))).toMatchObject({
        ok: false,
        error: { code: 'cycle-closed' },
      });
      expect(await getAnswers(response.id)).toMatchObject({ 'mfa-email': { value: 'no' } });
    });
  });
});
