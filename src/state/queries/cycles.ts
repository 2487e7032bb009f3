// Cycles as live views for the screens, and read once for the report. `undefined` means still
// loading; `null` means not found.
import type { Cycle } from '../../domain/cycle';
import type { Response } from '../../domain/response';
import { getCycle, listCycles } from '../../storage';
import { useLive } from './use-live';

/** Every cycle, newest first. */
export const readCycles = listCycles;

export const readCycle = async (cycleId: string): Promise<Cycle | null> =>
  (await getCycle(cycleId)) ?? null;

export const useCycles = () => useLive(listCycles, []);

/** The cycle a response belongs to (`null`: no longer stored); `undefined` until the response is read. */
export const useCycleOf = (response: Response | null | undefined) =>
  useLive(async () => (response ? readCycle(response.cycleId) : undefined), [response?.cycleId]);

/** One cycle; `null` when it is not stored. */
export const useCycle = (cycleId: string) => useLive(() => readCycle(cycleId), [cycleId]);
