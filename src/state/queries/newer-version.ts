// Newer versions of the questionnaire a response is on, and whether to offer the newest.
import { newerVersions } from '../../content/catalog';
import type { Response } from '../../domain/response';
import { compareVersions } from '../../engine/versions';

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
