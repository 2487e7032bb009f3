// Moving an unfinished response to the newest version of its questionnaire, or staying on its own.
import { loadQuestionnaire, newerVersions } from '../../content/catalog';
import type { Response } from '../../domain/response';
import { loadCarrying, type CarryOutcome } from '../../storage';
import { attemptSave } from '../save';

/**
 * Carries the response through every version between its own and the newest (see carryResponse):
 * "carried", "refused" when the response cannot move (finished or moved meanwhile, cycle closed), or
 * "not-saved" when the write failed (the person is told why).
 */
export async function carryToNewest(
  response: Response,
): Promise<'carried' | 'refused' | 'not-saved'> {
  const { questionnaireId: id } = response;
  const chain = [response.version, ...newerVersions(id, response.version)];
  let outcome: CarryOutcome | undefined;
  const saved = await attemptSave(async () => {
    const { carryResponse } = await loadCarrying();
    outcome = await carryResponse(
      response.id,
      await Promise.all(chain.map((version) => loadQuestionnaire(id, version))),
    );
  });
  if (outcome?.ok) return 'carried';
  return saved ? 'refused' : 'not-saved';
}

/** Records that the respondent finishes on their own version rather than moving to `version`. */
export function stayOnVersion(response: Response, version: string): Promise<boolean> {
  return attemptSave(async () => {
    const { declineNewerVersion } = await loadCarrying();
    await declineNewerVersion(response.id, version);
  });
}
