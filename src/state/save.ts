// Runs a storage write and says truly what happened when it fails; returns whether it succeeded.
// Messages never claim more than is known: a failed write says that change was not saved, and why in
// plain words, with the browser's own error text behind "Details".
import { technicalDetail } from '../lib/technical-detail';
import { RecordMissingError, type StorageLoss } from '../storage';
import { showNotice } from './notice-store';
import { changeRefused, writeSettled, writeStarted } from './save-status';
import { isDemo, storageLoss } from './storage-store';

export function isQuotaError(error: unknown): boolean {
  const failure = error as { name?: string; inner?: { name?: string } } | null;
  return failure?.name === 'QuotaExceededError' || failure?.inner?.name === 'QuotaExceededError';
}

const isClosedError = (error: unknown): boolean =>
  (error as { name?: string } | null)?.name === 'DatabaseClosedError';

function refuseAfterLoss(loss: StorageLoss): void {
  showNotice('error', `alerts:notSaved.lost.${loss}`);
}

function explainFailure(error: unknown): void {
  const loss = storageLoss();
  if (loss !== undefined) refuseAfterLoss(loss);
  else if (isQuotaError(error)) {
    showNotice('error', 'alerts:notSaved.quotaExceeded', undefined, {
      key: 'alerts:exportBackup',
      route: { name: 'settings' },
    });
  } else if (error instanceof RecordMissingError)
    showNotice('error', 'alerts:notSaved.recordMissing');
  else if (isClosedError(error)) showNotice('error', 'alerts:notSaved.storageClosed');
  else
    showNotice('error', 'alerts:notSaved.saveFailed', undefined, undefined, technicalDetail(error));
}

/**
 * Saves a change the person made. `change` names what stays on screen if the write fails (one answer,
 * say), so the app knows it is not saved until a later write of the same change succeeds.
 */
export async function attemptSave(
  write: () => Promise<unknown>,
  change?: string,
): Promise<boolean> {
  if (isDemo()) {
    showNotice('error', 'alerts:notSaved.demoReadOnly');
    return false;
  }
  const loss = storageLoss();
  if (loss !== undefined) {
    refuseAfterLoss(loss);
    changeRefused(change);
    return false;
  }
  writeStarted();
  try {
    await write();
    writeSettled(change, true);
    return true;
  } catch (error) {
    // The change stays on screen as made; the person is told it is not saved.
    writeSettled(change, false);
    explainFailure(error);
    return false;
  }
}

/** A write the person did not ask for (where they were in the app): skipped in the demo and once
 *  storage is lost, and a failure is not announced. */
export function saveQuietly(write: () => Promise<unknown>): void {
  if (isDemo() || storageLoss() !== undefined) return;
  write().catch(() => undefined);
}
