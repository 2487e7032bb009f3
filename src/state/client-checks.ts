// Client skills checks for the screens: the anonymous records of a cycle as live views, the agency's
// program list, and the commands that change them. Screens never reach storage directly.
import { useLiveQuery } from 'dexie-react-hooks';
import { loadClientCheck } from '../content/client-check-catalog';
import type { PreparedClientCheck } from '../engine/client-check/parse';
import type { ClientCheckRecord } from '../storage/client-check-records';
import {
  addClientCheck,
  countClientChecks,
  getPrograms,
  listClientChecks,
  setPrograms,
} from '../storage/client-checks';
import { staffPinIsSet } from './staff-pin';
import { useLoad, type Loadable } from './use-questionnaire';

export const useClientChecks = (cycleId: string) =>
  useLiveQuery(() => listClientChecks(cycleId), [cycleId]);

export const useClientCheckCount = (cycleId: string) =>
  useLiveQuery(() => countClientChecks(cycleId), [cycleId]);

export const usePrograms = () => useLiveQuery(getPrograms, []);

export const useStaffPinIsSet = () => useLiveQuery(staffPinIsSet, []);

/** The client check definition (the newest version unless one is named). */
export function useClientCheck(version?: string): Loadable<PreparedClientCheck> {
  return useLoad(version ?? 'latest', () => loadClientCheck(version));
}

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
    await addClientCheck({ ...record, month: checkMonth(date) });
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
  await setPrograms(kept);
}

/** The cycle's checks for the funder report, or undefined when it has none. */
export async function loadClientCheckReport(
  cycleId: string,
): Promise<{ questionnaire: PreparedClientCheck; records: ClientCheckRecord[] } | undefined> {
  const records = await listClientChecks(cycleId);
  if (records.length === 0) return undefined;
  return { questionnaire: await loadClientCheck(), records };
}
