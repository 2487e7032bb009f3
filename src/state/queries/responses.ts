// One response and its stored answers, as live views for the questionnaire screens.
import { getAnswerRecords, getResponse } from '../../storage';
import { useLive } from './use-live';

export const useResponse = (responseId: string) =>
  useLive(async () => (await getResponse(responseId)) ?? null, [responseId]);

export const useAnswerRecords = (responseId: string) =>
  useLive(() => getAnswerRecords(responseId), [responseId]);
