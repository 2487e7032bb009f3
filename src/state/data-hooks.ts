// Live views of stored data for the screens: they re-render when the data changes, in this tab or another.
// `undefined` means still loading; `null` means not found.
import { useLiveQuery } from 'dexie-react-hooks';
import { getCycle, listCycles } from '../storage/cycles';
import { getProfile } from '../storage/profile';
import type { Answers } from '../engine/answer';
import type { Response } from '../storage/records';
import { getAnswerRecords, getAnswers, getResponse, listResponses } from '../storage/responses';

export const useProfile = () => useLiveQuery(async () => (await getProfile()) ?? null, []);

export const useCycles = () => useLiveQuery(listCycles, []);

export const useCycle = (cycleId: string) =>
  useLiveQuery(async () => (await getCycle(cycleId)) ?? null, [cycleId]);

export const useResponses = (cycleId: string) =>
  useLiveQuery(() => listResponses(cycleId), [cycleId]);

export const useResponse = (responseId: string) =>
  useLiveQuery(async () => (await getResponse(responseId)) ?? null, [responseId]);

export const useAnswerRecords = (responseId: string) =>
  useLiveQuery(() => getAnswerRecords(responseId), [responseId]);

export interface ResponseWithAnswers {
  response: Response;
  answers: Answers;
}

/** A cycle with all its responses and their answers, read together so they are consistent. */
export const useCycleData = (cycleId: string) =>
  useLiveQuery(async () => {
    const cycle = await getCycle(cycleId);
    if (!cycle) return null;
    const responses = await listResponses(cycleId);
    const withAnswers: ResponseWithAnswers[] = await Promise.all(
      responses.map(async (response) => ({ response, answers: await getAnswers(response.id) })),
    );
    return { cycle, responses: withAnswers };
  }, [cycleId]);
