// The read-only demo for browsers that cannot store data: a small rural centre's closed cycle,
// answered with the example answer sets shipped beside each questionnaire, in an in-memory database.
// Loaded only when someone opens the demo.
import { loadQuestionnaire, latestVersions } from '../content/catalog';
import type { AnswerRecord } from '../domain/answer-record';
import { PROFILE_ID } from '../domain/profile';
import type { Answers } from '../engine/answer';
import { loadDemoStorage, type DeviceRecords } from '../storage';
import { navigate } from '../routing/route-store';
import { useStorageStore } from './storage-store';

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

async function demoRecords(): Promise<DeviceRecords> {
  const stamp = new Date().toISOString();
  const versions = latestVersions();
  const cycleId = 'demo-cycle';
  const records: DeviceRecords = {
    profile: {
      id: PROFILE_ID,
      name: 'Demo Newcomer Centre / Centre d’accueil (démo)',
      province: 'NB',
      communitySize: 'small-rural',
      staffBand: '6-15',
      services: ['settlement', 'language', 'employment'],
      languages: ['en', 'fr'],
      updatedAt: stamp,
    },
    cycles: [
      {
        id: cycleId,
        name: 'Demo / Démo 2026',
        createdAt: stamp,
        updatedAt: stamp,
        closedAt: stamp,
        questionnaires: versions.map(({ id, version }) => ({ id, version })),
        targets: {},
      },
    ],
    responses: [],
    answers: [],
  };
  let index = 0;
  for (const { questionnaireId, example, respondent } of demoResponses) {
    const version = versions.find((v) => v.id === questionnaireId)?.version;
    if (!version) continue;
    const questionnaire = await loadQuestionnaire(questionnaireId, version);
    const responseId = `demo-response-${index++}`;
    records.responses.push({
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
    records.answers.push(
      ...Object.entries(answers).flatMap(([questionId, answer]): AnswerRecord[] =>
        answer ? [{ ...answer, responseId, questionId, answeredAt: stamp }] : [],
      ),
    );
  }
  return records;
}

/** Opens the demo's database and shows its cycle; nothing can be saved from then on. */
export async function startDemo(): Promise<void> {
  const { openDemoStorage } = await loadDemoStorage();
  await openDemoStorage(await demoRecords());
  useStorageStore.setState({ mode: 'demo' });
  navigate({ name: 'cycle', cycleId: 'demo-cycle' });
}
