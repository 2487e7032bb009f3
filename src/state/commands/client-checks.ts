// Keeping the anonymous record of a finished client skills check, and the agency's program list.
import type { ClientCheckRecord } from '../../domain/client-check-record';
import { loadClientChecks } from '../../storage';

/** The month a check is counted in, "YYYY-MM", in local time: the day is never kept. */
export function checkMonth(date = new Date()): string {
  return `${String(date.getFullYear())}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** Keeps the anonymous record of a finished check; says whether it was kept. */
export async function recordClientCheck(
  record: Omit<ClientCheckRecord, 'id' | 'month' | 'revision'>,
  date = new Date(),
): Promise<boolean> {
  try {
    await (await loadClientChecks()).addClientCheck({ ...record, month: checkMonth(date) });
    return true;
  } catch {
    return false;
  }
}

/** Saves the agency's program list: names trimmed, blanks and repeats dropped, order kept. */
export async function savePrograms(programs: readonly string[]): Promise<void> {
  const seen = new Set<string>();
  const kept = programs
    .map((name) => name.trim())
    .filter((name) => name !== '' && !seen.has(name) && seen.add(name));
  await (await loadClientChecks()).setPrograms(kept);
}
