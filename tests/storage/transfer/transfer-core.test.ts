// The work behind a restore or a response import, as the worker runs it: each step reported as it
// starts, the records written counted, and a cancel honoured at the next step with nothing changed.
import { beforeEach, describe, expect, it } from 'vitest';
import { saveAnswer } from '../../../src/storage/responses';
import { buildResponseFile } from '../../../src/storage/transfer/response-file';
import { keepThisDevice } from '../../../src/storage/transfer/plan-restore';
import { recordKinds } from '../../../src/storage/transfer/record-kinds';
import {
  StepCancelled,
  TransferCore,
  type Progress,
} from '../../../src/storage/transfer/transfer-core';
import { freshDatabase } from '../../support/app';
import { seedCycle } from '../../support/cycle-fixture';
import { changesBetween, snapshot } from '../../support/device-snapshot';
import { backupFile } from '../../support/transfer';

/** A core whose progress is recorded, and whose cancel is asked for by `cancelWhen`. */
function coreFor(cancelWhen: (progress: Progress) => boolean = () => false) {
  const heard: Progress[] = [];
  let cancelled = false;
  const core = new TransferCore({
    report: (progress) => {
      heard.push(progress);
      if (cancelWhen(progress)) cancelled = true;
    },
    cancelled: () => cancelled,
    now: () => Date.now(),
  });
  return { core, heard, stages: () => [...new Set(heard.map((p) => p.stage))] };
}

/** A device with a seeded cycle, its backup, and a fresh device to restore it on. */
async function backupOnAFreshDevice() {
  const seeded = await seedCycle();
  const file = await backupFile();
  freshDatabase();
  return { file, ...seeded };
}

const nothingChanged = {
  added: 0,
  updated: 0,
  removed: 0,
};

describe('the transfer core restoring a backup', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('reads, checks and compares before the preview, and writes nothing', async () => {
    const { file } = await backupOnAFreshDevice();
    const before = await snapshot();
    const { core, stages } = coreFor();
    const opened = await core.handle({ kind: 'open-backup', file, mode: 'merge' });
    expect(opened.ok && opened.value.counts.answers.added).toBeGreaterThan(0);
    expect(stages()).toEqual(['reading', 'checking', 'comparing']);
    expect(Object.values(changesBetween(before, await snapshot()))).toEqual(
      recordKinds.map(() => nothingChanged),
    );
  });

  it('counts the records written, up to all of them, then says what it wrote', async () => {
    const { file } = await backupOnAFreshDevice();
    const { core, heard } = coreFor();
    const opened = await core.handle({ kind: 'open-backup', file, mode: 'merge' });
    if (!opened.ok) throw new Error(opened.error.code);
    const summary = await core.handle({
      kind: 'restore-backup',
      mode: 'merge',
      choices: keepThisDevice,
    });
    const writing = heard.filter((p) => p.stage === 'writing' && p.total > 0);
    const total = Object.values(summary.written).reduce((sum, w) => sum + w.added, 0);
    expect(writing.at(-1)).toEqual({ stage: 'writing', done: total, total });
    expect(writing.map((p) => p.done)).toEqual(
      [...writing.map((p) => p.done)].sort((a, b) => a - b),
    );
    expect(summary.written.answers.added).toBe(opened.value.counts.answers.added);
  });

  it('stops at the next step when cancelled while checking, and the device keeps what it had', async () => {
    const { file } = await backupOnAFreshDevice();
    await seedCycle();
    const before = await snapshot();
    const { core } = coreFor((progress) => progress.stage === 'checking');
    await expect(core.handle({ kind: 'open-backup', file, mode: 'replace' })).rejects.toThrow(
      StepCancelled,
    );
    expect(await snapshot()).toEqual(before);
  });

  it('undoes a restore cancelled while it writes: the device is exactly as it was', async () => {
    const { file } = await backupOnAFreshDevice();
    await seedCycle();
    const before = await snapshot();
    const { core } = coreFor((progress) => progress.stage === 'writing' && progress.done > 0);
    const opened = await core.handle({ kind: 'open-backup', file, mode: 'replace' });
    expect(opened.ok).toBe(true);
    await expect(
      core.handle({ kind: 'restore-backup', mode: 'replace', choices: keepThisDevice }),
    ).rejects.toThrow(StepCancelled);
    expect(await snapshot()).toEqual(before);
  });
});

describe('the transfer core importing a response file', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('checks a file, keeps it under a token, and imports it when asked', async () => {
    const { director } = await seedCycle();
    await saveAnswer(director.id, 'mfa-email', { value: 'yes' });
    const exported = await buildResponseFile(director.id);
    const file = new File([JSON.stringify(exported)], 'directrice.boussole.json');
    // The same person's file, on a lead's device whose cycle does not have it yet.
    freshDatabase();
    const lead = await seedCycle();
    const { core, stages } = coreFor();
    const checked = await core.handle({ kind: 'check-response', cycleId: lead.cycle.id, file });
    if (!checked.ok) throw new Error(checked.error.code);
    expect(checked.value.respondent).toBe('Directrice générale');
    expect(stages()).toEqual(['reading', 'checking', 'comparing']);
    const imported = await core.handle({ kind: 'import-response', token: checked.value.token });
    expect(imported.ok && imported.value.status).toBe('imported');
  });

  it('refuses a token it never gave (a bug, not a person’s mistake)', async () => {
    const { core } = coreFor();
    await expect(core.handle({ kind: 'import-response', token: '42' })).rejects.toThrow(
      /no response file was checked/,
    );
  });
});
