// What a cycle holds: its responses with their answers (read together so they are consistent), and
// how many responses each cycle has.
import type { Answers } from '../../engine/answer';
import type { Cycle } from '../../domain/cycle';
import type { Response } from '../../domain/response';
import { countResponsesByCycle, getAnswers, getCycle, listResponses } from '../../storage';
import { useLive } from './use-live';

export interface ResponseWithAnswers {
  response: Response;
  answers: Answers;
}

/** The cycle's responses with their answers, read from the device. */
export async function readCycleResponses(cycle: Cycle): Promise<ResponseWithAnswers[]> {
  return Promise.all(
    (await listResponses(cycle.id)).map(async (response) => ({
      response,
      answers: await getAnswers(response.id),
    })),
  );
}

/** A cycle with all its responses and their answers; `null` when the cycle is not stored. */
export const useCycleData = (cycleId: string) =>
  useLive(async () => {
    const cycle = await getCycle(cycleId);
    if (!cycle) return null;
    return { cycle, responses: await readCycleResponses(cycle) };
  }, [cycleId]);

/** How many responses each cycle has (every cycle, zero included). */
export const useResponseCounts = () => useLive(countResponsesByCycle, []);
