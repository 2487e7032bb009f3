// Newer versions of the questionnaire a response is on, and carrying the response to the newest.
import { loadQuestionnaire, newerVersions } from '../content/catalog';
import { compareVersions } from '../engine/versions';
import type { CarryOutcome } from '../storage/carry-response';
import type { Response } from '../domain/response';

/** The newest version of the response's questionnaire, when it is newer than the response's own. */
export function newestVersion(response: Response): string | undefined {
  return newerVersions(response.questionnaireId, response.version).at(-1);
}

/** Whether to offer the newest version: the response is unfinished and has not turned that version down. */
export function offersNewerVersion(response: Response): boolean {
  const newest = newestVersion(response);
  return (
    newest !== undefined &&
    response.submittedAt === undefined &&
    (response.declinedVersion === undefined ||
      compareVersions(newest, response.declinedVersion) > 0)
  );
}

/** Carries the response through every version between its own and the newest (see carryResponse). */
export async function carryToNewest(response: Response): Promise<CarryOutcome> {
  // Loaded on demand: carrying is rare, and its code stays out of the questionnaire page's first load.
  const { carryResponse } = await import('../storage/carry-response');
  const { questionnaireId: id } = response;
  const chain = [response.version, ...newerVersions(id, response.version)];
  return carryResponse(
    response.id,
    await Promise.all(chain.map((version) => loadQuestionnaire(id, version))),
  );
}
