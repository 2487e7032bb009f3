// Where an answer is saved. Every answer is written to IndexedDB the moment it is given (value,
// "not applicable"/"don't know" and note together, in one transaction with the response's time), so
// a closed tab or a power cut loses nothing. A failed write is announced and the answer stays on
// screen as unsaved until a later write of the same question succeeds (see ../save.ts).
import type { Answer } from '../../engine/answer';
import { answerKey } from '../../domain/drafts';
import { saveAnswer as storeAnswer } from '../../storage';
import { attemptSave } from '../save';

/** Saves one answer, or clears it with `null`; resolves to whether it was saved. */
export function saveAnswer(
  responseId: string,
  questionId: string,
  answer: Answer | null,
): Promise<boolean> {
  return attemptSave(
    () => storeAnswer(responseId, questionId, answer),
    answerKey(responseId, questionId),
  );
}
