// Runs a storage write and turns a failure into a translated message; returns whether it succeeded.
import { showNotice } from './notice-store';
import { isDemo } from './storage-store';

export function isQuotaError(error: unknown): boolean {
  const failure = error as { name?: string; inner?: { name?: string } } | null;
  return failure?.name === 'QuotaExceededError' || failure?.inner?.name === 'QuotaExceededError';
}

export async function attemptSave(write: () => Promise<unknown>): Promise<boolean> {
  if (isDemo()) {
    showNotice('error', 'errors.demoReadOnly');
    return false;
  }
  try {
    await write();
    return true;
  } catch (error) {
    // The answer on screen stays as typed; the person is told and offered a backup of what is saved.
    if (isQuotaError(error)) {
      showNotice('error', 'errors.quotaExceeded', undefined, {
        key: 'storage.exportBackup',
        route: { name: 'settings' },
      });
    } else
      showNotice('error', 'errors.saveFailed', {
        reason: error instanceof Error ? error.message : String(error),
      });
    return false;
  }
}
