// Demo content for browsers that cannot store data: a small rural centre's closed cycle, answered
// with the example answer sets shipped beside each questionnaire.
import { loadQuestionnaire, latestVersions } from '../../content/catalog';
import type { Answers } from '../../engine/answer';
import type { BoussoleDatabase } from '../../storage/database';
import { PROFILE_ID } from '../../storage/records';

const examples = import.meta.glob<string>('/assessments/*/examples/*/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** Which example answers each questionnaire, by respondent. */
const demoResponses: { questionnaireId: string; example: string; respondent: string }[] = [
  {
    questionnaireId: 'digital-maturity',
    example: 'small-town-agency',
    respondent: 'Executive director',
  },
  {
    questionnaireId: 'cybersecurity-baseline',
    example: 'small-rural-centre',
    respondent: 'Executive director',
  },
  {
    questionnaireId: 'digital-literacy',
    example: 'newer-settlement-worker',
    respondent: 'Settlement worker',
  },
  {
    questionnaireId: 'digital-literacy',
    example: 'experienced-practitioner',
    respondent: 'Program coordinator',
  },
];

async function exampleAnswers(
  questionnaireId: string,
  version: string,
  example: string,
): Promise<Answers> {
  const url = examples[`/assessments/${questionnaireId}/examples/${version}/${example}.json`];
  if (!url) return {};
  const response = await fetch(url);
  return ((await response.json()) as { answers: Answers }).answers;
}

export async function seedDemo(db: BoussoleDatabase): Promise<void> {
  const stamp = new Date().toISOString();
  const versions = latestVersions();
  await db.profile.put({
    id: PROFILE_ID,
    name: 'Demo Newcomer Centre / Centre d’accueil (démo)',
    province: 'NB',
    communitySize: 'small-rural',
    staffBand: '6-15',
    services: ['settlement', 'language', 'employment'],
    languages: ['en', 'fr'],
    updatedAt: stamp,
  });
  const cycleId = 'demo-cycle';
  await db.cycles.put({
    id: cycleId,
    name: 'Demo / Démo 2026',
    createdAt: stamp,
    updatedAt: stamp,
    closedAt: stamp,
    questionnaires: versions.map(({ id, version }) => ({ id, version })),
    targets: {},
  });
  let index = 0;
  for (const { questionnaireId, example, respondent } of demoResponses) {
    const version = versions.find((v) => v.id === questionnaireId)?.version;
    if (!version) continue;
    const questionnaire = await loadQuestionnaire(questionnaireId, version);
    const responseId = `demo-response-${index++}`;
    await db.responses.put({
      id: responseId,
      cycleId,
      questionnaireId,
      version,
      contentHash: questionnaire.contentHash,
      respondent,
      startedAt: stamp,
      updatedAt: stamp,
      submittedAt: stamp,
      origin: 'local',
    });
    const answers = await exampleAnswers(questionnaireId, version, example);
    await db.answers.bulkPut(
      Object.entries(answers).flatMap(([questionId, answer]) =>
        answer ? [{ ...answer, responseId, questionId, answeredAt: stamp }] : [],
      ),
    );
  }
}
