// The worker's side of a transfer session: answers the page's requests (transfer-protocol.ts) with a
// TransferCore, reports its progress, and stops at the next step when the page cancels. Written
// against a minimal message port, so tests can serve it without a real Worker.
import { BoussoleDatabase, database, setDatabase } from '../database';
import { StepCancelled, TransferCore } from './transfer-core';
import type { FromWorker, ToWorker } from './transfer-protocol';

/** What the host needs of a dedicated worker's global scope. */
export interface HostPort {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}

/** An unexpected failure as a name and a message: an Error does not cross to the page as itself. */
export function describeFailure(error: unknown): { name: string; message: string } {
  const failed = error as { name?: unknown; message?: unknown; inner?: { name?: unknown } } | null;
  // Dexie wraps a full disk in an AbortError; the page needs to know it was the disk.
  const name = failed?.inner?.name === 'QuotaExceededError' ? 'QuotaExceededError' : failed?.name;
  return {
    name: typeof name === 'string' ? name : 'Error',
    message: typeof failed?.message === 'string' ? failed.message : String(error),
  };
}

/** Opens the page's database by name (a worker shares IndexedDB with its page, not its objects). */
function useDatabaseNamed(name: string): void {
  if (database().name !== name) setDatabase(new BoussoleDatabase(name));
}

export function serveTransfers(port: HostPort, openDatabase = useDatabaseNamed): void {
  let cancelled = false;
  const core = new TransferCore({
    report: (progress) => {
      port.postMessage({ type: 'progress', progress });
    },
    cancelled: () => cancelled,
    now: () => Date.now(),
  });

  port.onmessage = (event) => {
    const message = event.data;
    if (message.type === 'cancel') {
      cancelled = true;
      return;
    }
    const { id, databaseName, request } = message;
    cancelled = false;
    openDatabase(databaseName);
    core.handle(request).then(
      (value) => {
        port.postMessage({ type: 'reply', id, value });
      },
      (error: unknown) => {
        port.postMessage(
          error instanceof StepCancelled
            ? { type: 'cancelled', id }
            : { type: 'failed', id, ...describeFailure(error) },
        );
      },
    );
  };
}
