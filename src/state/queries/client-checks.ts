// Client skills checks for the screens: the anonymous records of a cycle as live views, the agency's
// program list, whether a staff PIN is set, the client check definition, and the records read once for
// the funder report.
import { keepClientCheckCopiesIn, loadClientCheck } from '../../content/client-check-catalog';
import type { ClientCheckRecord } from '../../domain/client-check-record';
import type { PreparedClientCheck } from '../../engine/client-check/parse';
import { getDefinitionCopy, keepDefinitionCopy, loadClientChecks } from '../../storage';
import { staffPinIsSet } from '../commands/staff-pin';
import { useLoad, type Loadable } from './questionnaires';
import { useLive } from './use-live';

// Live reads: the storage module loads through Promise.resolve, so Dexie keeps following the reads
// after it (its rule for promises that are not its own).
const clientChecks = () => Promise.resolve(loadClientChecks());

export const useClientChecks = (cycleId: string) =>
  useLive(async () => (await clientChecks()).listClientChecks(cycleId), [cycleId]);

export const useClientCheckCount = (cycleId: string) =>
  useLive(async () => (await clientChecks()).countClientChecks(cycleId), [cycleId]);

export const usePrograms = () => useLive(async () => (await clientChecks()).getPrograms(), []);

export const useStaffPinIsSet = () => useLive(staffPinIsSet, []);

/** The client check definition (the newest version unless one is named). */
export function useClientCheck(version?: string): Loadable<PreparedClientCheck> {
  return useLoad(version ?? 'latest', () => loadClientCheck(version));
}

/** The cycle's checks for the funder report, or undefined when it has none. */
export async function loadClientCheckReport(
  cycleId: string,
): Promise<{ questionnaire: PreparedClientCheck; records: ClientCheckRecord[] } | undefined> {
  const records = await (await loadClientChecks()).listClientChecks(cycleId);
  if (records.length === 0) return undefined;
  return { questionnaire: await loadClientCheck(), records };
}

/** Opened versions of the client check are kept on the device and read from there next time. */
export function keepClientCheckCopiesOnDevice(): void {
  keepClientCheckCopiesIn({ get: getDefinitionCopy, keep: keepDefinitionCopy });
}
