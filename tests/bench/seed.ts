// Device data for the browser figures, built in Node from the shipped questionnaires and their example
// answers, checked against the storage schemas, and written straight into the app's IndexedDB.
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { listVersionFiles } from '../../src/cli/content-files';
import { isClientDefinition } from '../../src/engine/client-check/parse';
import type { Answer, Answers } from '../../src/engine/answer';
import { exampleAnswersSchema } from '../../src/engine/example-answers';
import { parseQuestionnaire, type PreparedQuestionnaire } from '../../src/engine/prepare';
import { PROFILE_ID, profileSchema, type OrganizationProfile } from '../../src/domain/profile';
import { answerRecordSchema, type AnswerRecord } from '../../src/domain/answer-record';
import { cycleSchema, type Cycle } from '../../src/domain/cycle';
import { responseSchema, type Response } from '../../src/domain/response';

export interface Shipped {
  questionnaire: PreparedQuestionnaire;
  /** The definition file as published, as the app keeps a copy of it. */
  raw: unknown;
  examples: Answers[];
}

/** The newest version of each shipped organization questionnaire, with its example answer sets. The
 * client skills check is answered by newcomers, not staff, and is never part of a cycle. */
export function shippedQuestionnaires(root = 'assessments'): Shipped[] {
  const newest = new Map<string, string>();
  for (const file of listVersionFiles(root)) newest.set(file.split('/').at(-2) ?? '', file);
  const definitions = [...newest.entries()].map(([id, file]) => ({
    id,
    file,
    raw: JSON.parse(readFileSync(file, 'utf8')) as unknown,
  }));
  return definitions.flatMap(({ id, file, raw }) => {
    if (isClientDefinition(raw)) return [];
    const parsed = parseQuestionnaire(raw);
    if (!parsed.ok) throw new Error(`${file} is not a valid questionnaire`);
    const dir = join(root, id, 'examples', parsed.questionnaire.definition.version);
    const examples = readdirSync(dir)
      .sort()
      .map((name) => exampleAnswersSchema.parse(JSON.parse(readFileSync(join(dir, name), 'utf8'))))
      .map((example) => example.answers);
    return [{ questionnaire: parsed.questionnaire, raw, examples }];
  });
}

/** Respondent `index`'s answers: one of the examples, with scale steps moved by -1, 0 or +1. */
export function variedAnswers({ questionnaire, examples }: Shipped, index: number): Answers {
  const base = examples[index % examples.length] ?? {};
  return Object.fromEntries(
    questionnaire.definition.questions.flatMap((question, q): [string, Answer][] => {
      const answer = base[question.id];
      if (answer === undefined) return [];
      if (question.kind !== 'scale' || typeof answer.value !== 'number')
        return [[question.id, answer]];
      const step = Math.min(4, Math.max(0, answer.value + ((index * 7 + q) % 3) - 1));
      return [[question.id, { ...answer, value: step }]];
    }),
  );
}

// A type alias, not an interface, so that it passes as the store-name-to-records map `writeDevice` sends.
export type DeviceData = {
  profile: OrganizationProfile[];
  cycles: Cycle[];
  responses: Response[];
  answers: AnswerRecord[];
  /** Copies of the definitions opened on the device (schema version 3). */
  definitions: { id: string; version: string; definition: unknown }[];
};

export const emptyDevice = (): DeviceData => ({
  profile: [
    profileSchema.parse({
      id: PROFILE_ID,
      name: 'Centre d’accueil de Rivière-du-Loup',
      province: 'QC',
      communitySize: 'small-rural',
      staffBand: '6-15',
      services: ['settlement', 'language'],
      languages: ['fr', 'en'],
      updatedAt: new Date().toISOString(),
    }),
  ],
  cycles: [],
  responses: [],
  answers: [],
  definitions: [],
});

export function addCycle(device: DeviceData, year: number, shipped: readonly Shipped[]): Cycle {
  const stamp = new Date(Date.UTC(year, 2, 1)).toISOString();
  const closed = year < new Date().getUTCFullYear();
  const cycle = cycleSchema.parse({
    id: randomUUID(),
    name: `${year} annual self-assessment`,
    createdAt: stamp,
    updatedAt: stamp,
    questionnaires: shipped.map(({ questionnaire: { definition } }) => ({
      id: definition.id,
      version: definition.version,
    })),
    targets: {},
    ...(closed ? { closedAt: new Date(Date.UTC(year, 11, 1)).toISOString() } : {}),
  });
  device.cycles.push(cycle);
  return cycle;
}

export function addResponse(
  device: DeviceData,
  cycle: Cycle,
  { questionnaire, raw }: Shipped,
  respondent: string,
  answers: Answers = {},
): Response {
  // The app keeps a copy of a definition the first time it opens it, as when this response started.
  const { id, version } = questionnaire.definition;
  if (!device.definitions.some((copy) => copy.id === id && copy.version === version)) {
    device.definitions.push({ id, version, definition: raw });
  }
  const response = responseSchema.parse({
    id: randomUUID(),
    cycleId: cycle.id,
    questionnaireId: questionnaire.definition.id,
    version: questionnaire.definition.version,
    contentHash: questionnaire.contentHash,
    respondent,
    startedAt: cycle.createdAt,
    updatedAt: cycle.createdAt,
    origin: 'local',
  });
  device.responses.push(response);
  for (const [questionId, answer] of Object.entries(answers)) {
    if (answer === undefined) continue;
    device.answers.push(
      answerRecordSchema.parse({
        ...answer,
        responseId: response.id,
        questionId,
        answeredAt: cycle.createdAt,
      }),
    );
  }
  return response;
}

/** Waits until the app has created its database, then writes `device` into it in one transaction. */
export async function writeDevice(page: Page, device: DeviceData): Promise<void> {
  await page.waitForFunction(async () =>
    (await indexedDB.databases()).some((db) => db.name === 'boussole'),
  );
  await page.evaluate(async (stores) => {
    // Opened without a version: waits for the app's own upgrade, whatever its schema version.
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('boussole');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    try {
      const names = Object.keys(stores);
      const missing = names.filter((name) => !db.objectStoreNames.contains(name));
      if (missing.length > 0) throw new Error(`the database has no store ${missing.join(', ')}`);
      const transaction = db.transaction(names, 'readwrite');
      for (const [name, records] of Object.entries(stores)) {
        const store = transaction.objectStore(name);
        for (const record of records) store.put(record);
      }
      await new Promise((resolve, reject) => {
        transaction.oncomplete = resolve;
        transaction.onabort = () => reject(new Error(String(transaction.error)));
      });
    } finally {
      db.close();
    }
  }, device);
}
