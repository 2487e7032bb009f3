// What a backup holds that this copy of Boussole cannot fully use, counted for the restore preview:
// records on a questionnaire version it does not ship (or a different text of one it does), and
// answers that fit no question of their version. They are restored as they are, never dropped; the
// preview says so. Pure: the caller loads the questionnaire versions the file names.
import { scoreAnswer } from '../../engine/answer';
import type { PreparedQuestionnaire } from '../../engine/prepare';
import type { RecordSet } from './record-kinds';

export interface BackupFindings {
  /** Responses on a questionnaire version this copy does not have. */
  unknownVersionResponses: number;
  /** Their answers (which cannot be checked). */
  unknownVersionAnswers: number;
  /** Cycles that include a questionnaire version this copy does not have. */
  unknownVersionCycles: number;
  /** Answers to a question their version does not have, or that are not a possible answer to it. */
  unfittingAnswers: number;
}

export const versionKey = (id: string, version: string): string => `${id}@${version}`;

/** Every questionnaire version the records name, as [id, version]. */
export function versionsNamed(records: RecordSet): [string, string][] {
  const named = new Map<string, [string, string]>();
  for (const { questionnaireId, version } of records.responses)
    named.set(versionKey(questionnaireId, version), [questionnaireId, version]);
  for (const cycle of records.cycles)
    for (const { id, version } of cycle.questionnaires)
      named.set(versionKey(id, version), [id, version]);
  return [...named.values()];
}

/** `shipped` holds the versions this copy has, by `versionKey`. */
export function checkBackupContent(
  records: RecordSet,
  shipped: ReadonlyMap<string, PreparedQuestionnaire>,
): BackupFindings {
  const findings: BackupFindings = {
    unknownVersionResponses: 0,
    unknownVersionAnswers: 0,
    unknownVersionCycles: 0,
    unfittingAnswers: 0,
  };
  findings.unknownVersionCycles = records.cycles.filter((cycle) =>
    cycle.questionnaires.some(({ id, version }) => !shipped.has(versionKey(id, version))),
  ).length;
  // A response is on a version this copy has only if the text is the same (same content hash).
  const questionnaireOf = new Map<string, PreparedQuestionnaire | undefined>();
  for (const response of records.responses) {
    const questionnaire = shipped.get(versionKey(response.questionnaireId, response.version));
    const known = questionnaire?.contentHash === response.contentHash ? questionnaire : undefined;
    if (!known) findings.unknownVersionResponses += 1;
    questionnaireOf.set(response.id, known);
  }
  for (const answer of records.answers) {
    const questionnaire = questionnaireOf.get(answer.responseId);
    if (!questionnaire) {
      findings.unknownVersionAnswers += 1;
      continue;
    }
    const question = questionnaire.questionById.get(answer.questionId);
    const given = answer.value !== undefined || answer.special !== undefined;
    if (!question || (given && scoreAnswer(question, answer).status === 'invalid'))
      findings.unfittingAnswers += 1;
  }
  return findings;
}
