// Starting, finishing, reopening and deleting a response.
import type { NewResponse, Response } from '../../domain/response';
import { createResponse, deleteResponse as removeResponse, submitResponse } from '../../storage';
import { attemptSave } from '../save';

/** Starts a response; resolves to it, or `undefined` when it could not be saved. */
export async function startResponse(input: NewResponse): Promise<Response | undefined> {
  let created: Response | undefined;
  const saved = await attemptSave(async () => {
    created = await createResponse(input);
  });
  return saved ? created : undefined;
}

/** Marks a response finished (`true`) or reopens it; resolves to whether it was saved. */
export function setSubmitted(responseId: string, submitted: boolean): Promise<boolean> {
  return attemptSave(() => submitResponse(responseId, submitted));
}

/** Deletes a response and its answers together. */
export function deleteResponse(responseId: string): Promise<boolean> {
  return attemptSave(() => removeResponse(responseId));
}
