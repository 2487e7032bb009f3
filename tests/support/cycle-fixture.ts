// A cycle with realistic answers, built through the real storage functions.
import { readFileSync } from 'node:fs';
import type { Answers } from '../../src/engine/answer';
import { loadQuestionnaire } from '../../src/content/catalog';
import { createCycle } from '../../src/storage/cycles';
import { saveProfile } from '../../src/storage/profile';
import { createResponse, saveAnswer } from '../../src/storage/responses';
import { editRoadmapItem } from '../../src/storage/roadmap-edits';

/** An example answer set written for a questionnaire version (1.0.0 unless told). */
export function exampleAnswers(
  questionnaireId: string,
  example: string,
  version = '1.0.0',
): Answers {
  const file = JSON.parse(
    readFileSync(`assessments/${questionnaireId}/examples/${version}/${example}.json`, 'utf8'),
  ) as { answers: Answers };
  return file.answers;
}

export async function answerAll(responseId: string, answers: Answers): Promise<void> {
  for (const [questionId, answer] of Object.entries(answers)) {
    if (answer) await saveAnswer(responseId, questionId, answer);
  }
}

export async function startResponse(cycleId: string, questionnaireId: string, respondent: string) {
  const questionnaire = await loadQuestionnaire(questionnaireId, '1.0.0');
  return createResponse({
    cycleId,
    questionnaireId,
    version: '1.0.0',
    contentHash: questionnaire.contentHash,
    respondent,
  });
}

/** Profile, a cycle with the cybersecurity baseline answered by two people, and a roadmap edit. */
export async function seedCycle() {
  await saveProfile({
    name: 'Centre d’accueil des nouveaux arrivants de Rivière-du-Loup',
    province: 'QC',
    communitySize: 'small-rural',
    staffBand: '6-15',
    services: ['settlement', 'language'],
    languages: ['fr', 'en'],
  });
  const cycle = await createCycle('Autoévaluation annuelle 2026', [
    { id: 'cybersecurity-baseline', version: '1.0.0' },
    { id: 'digital-maturity', version: '1.0.0' },
  ]);
  const director = await startResponse(cycle.id, 'cybersecurity-baseline', 'Directrice générale');
  await answerAll(director.id, exampleAnswers('cybersecurity-baseline', 'small-rural-centre'));
  await saveAnswer(director.id, 'mfa-email', {
    value: 'no',
    note: 'Vérifier avec Hélène « TI » ; urgent !',
  });
  const office = await startResponse(cycle.id, 'cybersecurity-baseline', 'Adjointe administrative');
  await answerAll(
    office.id,
    exampleAnswers('cybersecurity-baseline', 'urban-agency-with-it-provider'),
  );
  await editRoadmapItem(cycle.id, 'cybersecurity-baseline/rec:mfa-email-admin', {
    status: 'in-progress',
    owner: 'Hélène',
    targetDate: '2027-01-31',
  });
  return { cycle, director, office };
}
