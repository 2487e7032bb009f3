// Imports response files into a cycle, one file at a time: each is read, checked against the
// questionnaire version it names and compared with a copy already here. A response not here yet is
// saved at once; a newer copy or a copy changed on both sides waits for the person's decision.
import type { ImportError } from '../../state/transfer';
import type { Choice } from '../../state/transfer';
import type { ResponseImportPlan } from '../../state/transfer';
import {
  startTransferSession,
  TransferCancelled,
  type TransferSession,
} from '../../state/transfer';

export type FileOutcome =
  | {
      file: string;
      ok: true;
      status: 'imported' | 'replaced' | 'kept' | 'already-imported';
      respondent: string;
    }
  | {
      file: string;
      ok: true;
      status: 'needs-choice';
      respondent: string;
      /** Names the checked file for `decideResponseFile`. */
      token: string;
      plan: Exclude<ResponseImportPlan, { kind: 'new' | 'identical' }>;
    }
  | { file: string; ok: false; error: ImportError };

/** A step that stopped: cancelled by the person, or failed while reading the file or writing it. */
const failed = (file: string, error: unknown, step: 'reading' | 'writing'): FileOutcome => ({
  file,
  ok: false,
  error:
    error instanceof TransferCancelled
      ? { code: 'cancelled', details: {} }
      : step === 'reading'
        ? { code: 'read-failed', details: {} }
        : {
            code: 'storage-failed',
            details: { reason: error instanceof Error ? error.message : String(error) },
          },
});

async function imported(
  session: TransferSession,
  name: string,
  token: string,
  respondent: string,
  choice?: Choice,
): Promise<FileOutcome> {
  try {
    const outcome = await session.importResponseFile(token, choice);
    if (!outcome.ok) return { file: name, ok: false, error: outcome.error };
    const { value } = outcome;
    if (value.status !== 'needs-choice')
      return { file: name, ok: true, status: value.status, respondent: value.response.respondent };
    if (value.plan.kind === 'new' || value.plan.kind === 'identical')
      return { file: name, ok: true, status: 'already-imported', respondent };
    return { file: name, ok: true, status: 'needs-choice', respondent, token, plan: value.plan };
  } catch (error) {
    return failed(name, error, 'writing');
  }
}

/** Checks one file and imports it if it is new here; otherwise says what it would change. */
export async function importResponseFile(
  cycleId: string,
  file: File,
  session: TransferSession = startTransferSession(() => undefined),
): Promise<FileOutcome> {
  let checked;
  try {
    checked = await session.checkResponseFile(cycleId, file);
  } catch (error) {
    return failed(file.name, error, 'reading');
  }
  if (!checked.ok) return { file: file.name, ok: false, error: checked.error };
  const { token, respondent, plan } = checked.value;
  if (plan.kind === 'identical')
    return { file: file.name, ok: true, status: 'already-imported', respondent };
  return imported(session, file.name, token, respondent);
}

/** The person's decision on a newer copy or a conflict: take the file's copy, or keep this device's. */
export function decideResponseFile(
  session: TransferSession,
  outcome: Extract<FileOutcome, { status: 'needs-choice' }>,
  choice: Choice,
): Promise<FileOutcome> {
  return imported(session, outcome.file, outcome.token, outcome.respondent, choice);
}
