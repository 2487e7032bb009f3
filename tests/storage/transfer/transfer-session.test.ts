// The page's side of a transfer session talking to the transfer worker: requests and replies matched,
// progress passed on, and a cancel that stops reading at once or undoes a restore, so the device
// keeps what it had. The worker here is the real worker host, served in the same thread.
import { beforeEach, describe, expect, it } from 'vitest';
import { keepThisDevice } from '../../../src/storage/transfer/plan-restore';
import type { Progress } from '../../../src/storage/transfer/transfer-core';
import { describeFailure } from '../../../src/storage/transfer/transfer-host';
import type { FromWorker } from '../../../src/storage/transfer/transfer-protocol';
import {
  TransferCancelled,
  workerSession,
  type WorkerLike,
} from '../../../src/storage/transfer/transfer-session';
import { freshDatabase } from '../../support/app';
import { seedCycle } from '../../support/cycle-fixture';
import { snapshot } from '../../support/device-snapshot';
import { backupFile, inProcessWorkers, slowFile } from '../../support/transfer';

/** A seeded device's backup, and this device with data of its own. */
async function backupAndADeviceWithItsOwnData() {
  await seedCycle();
  const file = await backupFile();
  freshDatabase();
  await seedCycle();
  return { file, before: await snapshot() };
}

describe('a transfer session with the worker', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('previews and restores a backup in the worker, passing every step’s progress to the page', async () => {
    const { file } = await backupAndADeviceWithItsOwnData();
    const heard: Progress[] = [];
    const workers = inProcessWorkers();
    const session = workerSession((progress) => heard.push(progress), workers.create);
    const opened = await session.openBackup(file, 'merge');
    if (!opened.ok) throw new Error(opened.error.code);
    const summary = await session.restoreBackup('merge', keepThisDevice);
    expect(summary.written.answers.added).toBe(opened.value.counts.answers.added);
    expect([...new Set(heard.map((p) => p.stage))]).toEqual([
      'reading',
      'checking',
      'comparing',
      'writing',
    ]);
    expect(workers.started()).toBe(1);
  });

  it('stops the worker at once when reading is cancelled, and the next file starts a new one', async () => {
    const { file, before } = await backupAndADeviceWithItsOwnData();
    const slow = slowFile(file);
    const workers = inProcessWorkers();
    const session = workerSession(() => undefined, workers.create);
    const reading = session.openBackup(slow.file, 'replace');
    session.cancel();
    await expect(reading).rejects.toThrow(TransferCancelled);
    expect(workers.terminated()).toBe(1);
    slow.release();
    expect(await snapshot()).toEqual(before);

    const again = await session.openBackup(await backupFile(), 'merge');
    expect(again.ok).toBe(true);
    expect(workers.started()).toBe(2);
  });

  it('undoes a restore cancelled while it writes, leaving the device exactly as it was', async () => {
    const { file, before } = await backupAndADeviceWithItsOwnData();
    const workers = inProcessWorkers();
    let session: ReturnType<typeof workerSession> | undefined = undefined;
    session = workerSession((progress) => {
      if (progress.stage === 'writing' && progress.done > 0) session?.cancel();
    }, workers.create);
    const opened = await session.openBackup(file, 'replace');
    expect(opened.ok).toBe(true);
    await expect(session.restoreBackup('replace', keepThisDevice)).rejects.toThrow(
      TransferCancelled,
    );
    // Undone inside its transaction: the worker itself was not stopped.
    expect(workers.terminated()).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it('passes a failure in the worker to the page with its name, so a full disk is told as one', async () => {
    const replies: FromWorker[] = [{ type: 'failed', id: 1, ...describeFailure(quotaFailure()) }];
    const session = workerSession(
      () => undefined,
      () => scripted(replies),
    );
    await expect(session.restoreBackup('merge', keepThisDevice)).rejects.toMatchObject({
      name: 'QuotaExceededError',
    });
  });

  it('rejects what was asked when the worker cannot start, and tries a new worker next time', async () => {
    let started = 0;
    const session = workerSession(
      () => undefined,
      () => {
        started += 1;
        return broken();
      },
    );
    await expect(session.previewBackup('merge')).rejects.toThrow(/could not be loaded/);
    await expect(session.previewBackup('merge')).rejects.toThrow(/could not be loaded/);
    expect(started).toBe(2);
  });
});

/** How Dexie reports a transaction aborted by a full disk. */
function quotaFailure() {
  return Object.assign(new Error('Transaction aborted'), {
    name: 'AbortError',
    inner: { name: 'QuotaExceededError' },
  });
}

/** A worker that answers each request with the next scripted message. */
function scripted(replies: FromWorker[]): WorkerLike {
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage: () => {
      const reply = replies.shift();
      if (reply)
        queueMicrotask(() => worker.onmessage?.(new MessageEvent('message', { data: reply })));
    },
    terminate: () => undefined,
  };
  return worker;
}

/** A worker whose script fails to load, as when it was never cached and the device is offline. */
function broken(): WorkerLike {
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage: () => {
      queueMicrotask(() =>
        // Node has no ErrorEvent; the session reads only its message.
        worker.onerror?.(
          Object.assign(new Event('error'), {
            message: 'the worker script could not be loaded',
          }) as ErrorEvent,
        ),
      );
    },
    terminate: () => undefined,
  };
  return worker;
}
