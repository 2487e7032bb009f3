// Which questionnaires the app offers, and which version could not be loaded.
import { latestVersions, QuestionnaireUnavailableError } from '../../content/catalog';
import type { QuestionnaireRef } from '../../domain/cycle';

/** The client skills check's id: its results screen is the outcomes of anonymous checks. */
export { CLIENT_CHECK_ID } from '../../content/client-check-id';

/** The newest version of each questionnaire, in the order they are offered. */
export const latestQuestionnaires = (): QuestionnaireRef[] =>
  latestVersions().map(({ id, version }) => ({ id, version }));

/** The questionnaire version that is not available, when that is why loading failed. */
export function unavailableVersion(error: Error): QuestionnaireRef | undefined {
  return error instanceof QuestionnaireUnavailableError
    ? { id: error.questionnaireId, version: error.version }
    : undefined;
}
