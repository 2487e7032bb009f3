// A generated backup of a given number of answers (format 2, every record with its revision): yearly
// cycles of every shipped questionnaire, respondents added until the count is reached. The restore
// figure and the browser test of a large restore use it.
import { seal } from '../../src/storage/transfer/envelope';
import { BACKUP_FORMAT_VERSION } from '../../src/storage/transfer/backup-file';
import { addCycle, addResponse, emptyDevice, shippedQuestionnaires, variedAnswers } from './seed';

const DEVICE = 'b0b0b0b0b0b0b0b0';

export interface BigBackup {
  /** The file's text, as an export writes it. */
  text: string;
  answers: number;
  responses: number;
}

export function bigBackup(answerCount: number): BigBackup {
  const shipped = shippedQuestionnaires();
  const device = emptyDevice();
  let year = 2000;
  let respondent = 0;
  while (device.answers.length < answerCount) {
    const cycle = addCycle(device, year++, shipped);
    for (let n = 0; n < 50 && device.answers.length < answerCount; n++) {
      for (const questionnaire of shipped) {
        respondent += 1;
        addResponse(
          device,
          cycle,
          questionnaire,
          `Respondent ${respondent}`,
          variedAnswers(questionnaire, n),
        );
      }
    }
  }
  const answers = device.answers.slice(0, answerCount);
  const revision = { vector: { [DEVICE]: 1 }, by: DEVICE };
  const revised = <T extends object>(records: T[]) => records.map((r) => ({ ...r, revision }));
  const backup = seal({
    format: 'boussole-backup' as const,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: new Date().toISOString(),
    profile: revised(device.profile)[0] ?? null,
    cycles: revised(device.cycles),
    responses: revised(device.responses),
    answers: revised(answers),
    roadmapEdits: [],
  });
  return {
    text: JSON.stringify(backup),
    answers: answers.length,
    responses: device.responses.length,
  };
}
