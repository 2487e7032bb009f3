// Databases created by every earlier schema version, with realistic data, opened by the current code.
import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { BoussoleDatabase, onDatabaseEvent, setDatabase } from '../../src/storage/database';
import { roadmapEditSchema } from '../../src/domain/roadmap-edit';
import { addOwnAction, listOwnActions } from '../../src/storage/own-actions';
import { DEVICE_ID_KEY } from '../../src/storage/device-id';
import { listRoadmapEdits } from '../../src/storage/roadmap-edits';
import { getAnswers, listResponses } from '../../src/storage/responses';
import {
  LATEST_SCHEMA_VERSION,
  declareSchema,
  schemaVersions,
} from '../../src/storage/schema-versions';

const stamp = '2025-03-14T15:09:26.000Z';
const hash = 'a'.repeat(64);

/** What a version-1 database held after a year of use: no questionnaire id on roadmap edits. */
const version1Data = {
  profile: [
    {
      id: 'organization',
      name: 'Centre d’accueil des nouveaux arrivants de Rivière-du-Loup',
      province: 'QC',
      communitySize: 'small-rural',
      staffBand: '6-15',
      services: ['settlement', 'language'],
      languages: ['fr', 'en'],
      updatedAt: stamp,
    },
  ],
  cycles: [
    {
      id: 'cycle-2025',
      name: 'Autoévaluation annuelle 2025',
      createdAt: stamp,
      updatedAt: stamp,
      closedAt: stamp,
      questionnaires: [{ id: 'cybersecurity-baseline', version: '1.0.0' }],
      targets: { 'cybersecurity-baseline': { 'strong-authentication': 'baseline-met' } },
    },
  ],
  responses: [
    {
      id: 'response-1',
      cycleId: 'cycle-2025',
      questionnaireId: 'cybersecurity-baseline',
      version: '1.0.0',
      contentHash: hash,
      respondent: 'Directrice générale',
      startedAt: stamp,
      updatedAt: stamp,
      submittedAt: stamp,
      lastPage: 'review',
      origin: 'local',
    },
  ],
  answers: [
    {
      responseId: 'response-1',
      questionId: 'mfa-email',
      value: 'partly',
      note: 'Hélène s’en occupe',
      answeredAt: stamp,
    },
    {
      responseId: 'response-1',
      questionId: 'backup-exists',
      special: 'dont-know',
      answeredAt: stamp,
    },
    { responseId: 'response-1', questionId: 'device-count', value: 14, answeredAt: stamp },
  ],
  roadmapEdits: [
    {
      cycleId: 'cycle-2025',
      itemKey: 'cybersecurity-baseline/rec:mfa-email-admin',
      status: 'done',
      owner: 'Hélène',
      targetDate: '2025-06-30',
      updatedAt: stamp,
    },
  ],
  settings: [{ key: 'lastPlace', value: '#/history' }],
};

/** Stores whose records carry a revision from schema version 4 on. */
const revised = ['profile', 'cycles', 'responses', 'answers', 'roadmapEdits'];

/** Records as stored before version 4: the revision every record gains is set aside. */
function withoutRevisions(rows: unknown[]): unknown[] {
  return rows.map((row) => {
    const { revision: _revision, ...rest } = row as Record<string, unknown>;
    return rest;
  });
}

/** Every record in the revised stores carries this device's first write, and nothing else changed. */
async function expectStampedByThisDevice(db: BoussoleDatabase): Promise<void> {
  const device = (await db.settings.get(DEVICE_ID_KEY))?.value;
  expect(device).toMatch(/^[0-9a-f]{16}$/);
  for (const table of revised) {
    for (const row of await db.table(table).toArray()) {
      expect((row as { revision?: unknown }).revision, table).toEqual({
        vector: { [String(device)]: 1 },
        by: device,
      });
    }
  }
}

let name = '';
beforeEach(() => {
  name = `boussole-upgrade-${Math.random().toString(36).slice(2)}`;
});

async function createAtVersion(version: number, data: Record<string, unknown[]>): Promise<void> {
  const old = new Dexie(name);
  declareSchema(old, version);
  await old.open();
  for (const [table, rows] of Object.entries(data)) await old.table(table).bulkAdd(rows);
  old.close();
}

describe('opening a database made by an earlier version of Boussole', () => {
  it('has a test for every earlier schema version', () => {
    expect(schemaVersions.map((v) => v.version)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(LATEST_SCHEMA_VERSION).toBe(6);
  });

  it('upgrades a version-1 database without losing or altering anything', async () => {
    await createAtVersion(1, version1Data);
    const db = new BoussoleDatabase(name);
    setDatabase(db);
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);

    expect(withoutRevisions(await db.profile.toArray())).toEqual(version1Data.profile);
    expect(withoutRevisions(await db.cycles.toArray())).toEqual(version1Data.cycles);
    expect(withoutRevisions(await listResponses('cycle-2025'))).toEqual(version1Data.responses);
    expect(await getAnswers('response-1')).toEqual({
      'mfa-email': { value: 'partly', note: 'Hélène s’en occupe' },
      'backup-exists': { special: 'dont-know' },
      'device-count': { value: 14 },
    });
    expect(await db.settings.get('lastPlace')).toEqual(version1Data.settings[0]);
    // version 2 adds the questionnaire id to each roadmap edit, and nothing else changes
    expect(withoutRevisions(await listRoadmapEdits('cycle-2025'))).toEqual([
      { ...version1Data.roadmapEdits[0], questionnaireId: 'cybersecurity-baseline' },
    ]);
    expect(
      await db.roadmapEdits
        .where({ cycleId: 'cycle-2025', questionnaireId: 'cybersecurity-baseline' })
        .count(),
    ).toBe(1);
    await expectStampedByThisDevice(db);
    db.close();
  });

  it('upgrades a version-2 database without losing or altering anything', async () => {
    const version2Data = {
      ...version1Data,
      roadmapEdits: version1Data.roadmapEdits.map((edit) => ({
        ...edit,
        questionnaireId: 'cybersecurity-baseline',
      })),
    };
    await createAtVersion(2, version2Data);
    const db = new BoussoleDatabase(name);
    setDatabase(db);
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    // (records come back in primary-key order)
    const sorted = (rows: unknown[]) => rows.map((row) => JSON.stringify(row)).sort();
    for (const [table, rows] of Object.entries(version2Data)) {
      const stored = await db.table(table).toArray();
      // version 4 adds a revision to each record and this device's id to the settings
      const before4 =
        table === 'settings'
          ? stored.filter((row) => (row as { key: string }).key !== DEVICE_ID_KEY)
          : withoutRevisions(stored);
      expect(sorted(before4), table).toEqual(sorted(rows));
    }
    // version 3 adds an empty store for copies of questionnaire definitions
    expect(await db.definitions.count()).toBe(0);
    db.close();
  });

  it("upgrades a version-3 database: every record gains this device's revision, nothing else changes", async () => {
    const version3Data = {
      ...version1Data,
      profile: [{ ...version1Data.profile[0], services: [], languages: ['fr'] }],
      cycles: [
        ...version1Data.cycles,
        {
          id: 'cycle-2026',
          name: 'Autoévaluation 2026 — équipe élargie 🧭',
          createdAt: '2026-02-01T09:00:00.000-05:00',
          updatedAt: '2026-02-03T14:30:00.000-05:00',
          questionnaires: [
            { id: 'cybersecurity-baseline', version: '1.0.0' },
            { id: 'digital-maturity', version: '1.0.0' },
          ],
          targets: {},
        },
      ],
      responses: [
        ...version1Data.responses,
        {
          id: 'response-2',
          cycleId: 'cycle-2026',
          questionnaireId: 'digital-maturity',
          version: '1.0.0',
          contentHash: 'b'.repeat(64),
          respondent: 'مستشارة التوطين',
          startedAt: '2026-02-01T09:05:00.000-05:00',
          updatedAt: '2026-02-02T10:00:00.000Z',
          origin: 'imported',
          declinedVersion: '1.1.0',
          carriedFrom: [
            {
              version: '0.9.0',
              contentHash: 'c'.repeat(64),
              carriedAt: stamp,
              answers: [{ questionId: 'old-question', value: 2, answeredAt: stamp }],
              newQuestions: ['new-question'],
              changedQuestions: [],
              droppedAnswers: [{ questionId: 'old-question', reason: 'question-removed' }],
            },
          ],
        },
      ],
      answers: [
        ...version1Data.answers,
        {
          responseId: 'response-2',
          questionId: 'tools-used',
          value: ['email', 'shared-drive'],
          note: '多语言服务 — 2 sites',
          answeredAt: '2026-02-02T10:00:00.000Z',
        },
        {
          responseId: 'response-2',
          questionId: 'strategy-owner',
          special: 'not-applicable',
          answeredAt: '2026-02-02T09:59:00.000Z',
        },
      ],
      roadmapEdits: [
        ...version1Data.roadmapEdits.map((edit) => ({
          ...edit,
          questionnaireId: 'cybersecurity-baseline',
        })),
        {
          cycleId: 'cycle-2026',
          itemKey: 'digital-maturity/rec:digital-strategy',
          questionnaireId: 'digital-maturity',
          note: 'Voir le conseil d’administration « CA » en mars',
          updatedAt: '2026-02-03T14:30:00.000-05:00',
        },
      ],
      definitions: [
        { id: 'cybersecurity-baseline', version: '1.0.0', definition: { id: 'copy', kept: true } },
      ],
    };
    await createAtVersion(3, version3Data);
    const db = new BoussoleDatabase(name);
    setDatabase(db);
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    const sorted = (rows: unknown[]) => rows.map((row) => JSON.stringify(row)).sort();
    for (const table of revised) {
      const rows = version3Data[table as keyof typeof version3Data];
      expect(sorted(withoutRevisions(await db.table(table).toArray())), table).toEqual(
        sorted(rows),
      );
    }
    expect(await db.definitions.toArray()).toEqual(version3Data.definitions);
    expect(await db.settings.get('lastPlace')).toEqual(version1Data.settings[0]);
    await expectStampedByThisDevice(db);
    // Version 5's store for client checks starts empty.
    expect(await db.clientChecks.count()).toBe(0);
    db.close();

    // Opening again keeps the device id and the revisions.
    const again = new BoussoleDatabase(name);
    await again.open();
    await expectStampedByThisDevice(again);
    again.close();
  });

  it('upgrades a version-4 database without losing or altering anything, and keeps client checks per cycle', async () => {
    const device = '0123456789abcdef';
    const other = 'fedcba9876543210';
    const revision = { vector: { [device]: 3, [other]: 1 }, by: device };
    const version4Data = {
      ...Object.fromEntries(
        revised.map((table) => [
          table,
          (version1Data[table as keyof typeof version1Data] as object[]).map((row) => ({
            ...row,
            revision,
          })),
        ]),
      ),
      roadmapEdits: version1Data.roadmapEdits.map((edit) => ({
        ...edit,
        questionnaireId: 'cybersecurity-baseline',
        revision: { vector: { [other]: 2 }, by: other },
      })),
      definitions: [
        { id: 'cybersecurity-baseline', version: '1.0.0', definition: { id: 'copy', kept: true } },
      ],
      settings: [...version1Data.settings, { key: DEVICE_ID_KEY, value: device }],
    };
    await createAtVersion(4, version4Data);
    const db = new BoussoleDatabase(name);
    setDatabase(db);
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    const sorted = (rows: unknown[]) => rows.map((row) => JSON.stringify(row)).sort();
    // Every record comes back exactly as it was, revisions included, and the device keeps its id.
    for (const [table, rows] of Object.entries(version4Data)) {
      expect(sorted(await db.table(table).toArray()), table).toEqual(sorted(rows));
    }
    // Version 5 adds an empty store for anonymous client check records, read per cycle.
    expect(await db.clientChecks.count()).toBe(0);
    const check = {
      id: 'check-1',
      cycleId: 'cycle-2025',
      month: '2025-03',
      questionnaireId: 'newcomer-digital-skills',
      version: '1.0.0',
      language: 'ar',
      mode: 'client-mode',
      levels: { device: 'building', safety: null },
      revision: { vector: { [device]: 1 }, by: device },
    } as const;
    await db.clientChecks.add(check);
    expect(await db.clientChecks.where({ cycleId: 'cycle-2025' }).toArray()).toEqual([check]);
    db.close();
  });

  it('upgrades a version-5 database: every record stays as it was and is still valid, and own actions can be added with a revision', async () => {
    const device = '0123456789abcdef';
    const revision = { vector: { [device]: 3 }, by: device };
    const version5Data = {
      ...version1Data,
      profile: version1Data.profile.map((profile) => ({ ...profile, revision })),
      cycles: version1Data.cycles.map((cycle) => ({ ...cycle, revision })),
      responses: version1Data.responses.map((response) => ({ ...response, revision })),
      answers: version1Data.answers.map((answer) => ({ ...answer, revision })),
      roadmapEdits: [
        ...version1Data.roadmapEdits.map((edit) => ({
          ...edit,
          questionnaireId: 'cybersecurity-baseline',
          revision,
        })),
        // a decision on the maturity questionnaire's security step, before it became the same action
        {
          cycleId: 'cycle-2025',
          itemKey: 'digital-maturity/rec:security-first-steps',
          questionnaireId: 'digital-maturity',
          status: 'planned',
          note: 'Voir avec le CA « en juin » ; budget ?',
          updatedAt: stamp,
          revision: { vector: { [device]: 1, fedcba9876543210: 2 }, by: 'fedcba9876543210' },
        },
      ],
      definitions: [
        { id: 'cybersecurity-baseline', version: '1.0.0', definition: { id: 'copy', kept: true } },
      ],
      clientChecks: [
        {
          id: 'check-1',
          cycleId: 'cycle-2025',
          month: '2025-03',
          questionnaireId: 'newcomer-digital-skills',
          version: '1.0.0',
          language: 'uk',
          mode: 'read-aloud',
          levels: { device: 'building', safety: null },
          revision,
        },
      ],
      settings: [...version1Data.settings, { key: DEVICE_ID_KEY, value: device }],
    };
    await createAtVersion(5, version5Data);
    const db = new BoussoleDatabase(name);
    setDatabase(db);
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    const sorted = (rows: unknown[]) => rows.map((row) => JSON.stringify(row)).sort();
    for (const [table, rows] of Object.entries(version5Data)) {
      expect(sorted(await db.table(table).toArray()), table).toEqual(sorted(rows));
    }
    // the edits read back are valid decisions under the new schema, with no pin, cost or funding
    for (const edit of await listRoadmapEdits('cycle-2025')) {
      expect(roadmapEditSchema.safeParse(edit).success, edit.itemKey).toBe(true);
      expect(edit).not.toHaveProperty('horizon');
    }
    // version 6 adds an empty store for own actions, kept per cycle; a new one is this device's write
    expect(await db.ownActions.count()).toBe(0);
    await addOwnAction('cycle-2025', { title: 'Remplacer le routeur', horizon: 'next' });
    const [added] = await listOwnActions('cycle-2025');
    expect(added?.title).toBe('Remplacer le routeur');
    expect(added?.revision).toEqual({ vector: { [device]: 1 }, by: device });
    db.close();
  });

  it('opens an empty version-1 database', async () => {
    await createAtVersion(1, {});
    const db = new BoussoleDatabase(name);
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await db.cycles.count()).toBe(0);
    db.close();
  });

  it('tells a tab holding the old version open that it must reload, and lets the upgrade through', async () => {
    const old = new BoussoleDatabase(name);
    // an older app: only version 1 declared
    const olderApp = new Dexie(name);
    declareSchema(olderApp, 1);
    await olderApp.open();
    const events: string[] = [];
    olderApp.on('versionchange', () => {
      events.push('version-change');
      olderApp.close();
      return false;
    });
    await old.open(); // the newer app upgrades while the older tab is open
    expect(events).toEqual(['version-change']);
    expect(old.verno).toBe(LATEST_SCHEMA_VERSION);
    old.close();
  });

  it('reports a version change to the app through onDatabaseEvent', async () => {
    const current = new BoussoleDatabase(name);
    setDatabase(current);
    await current.open();
    const seen: string[] = [];
    const stop = onDatabaseEvent((event) => seen.push(event));
    // a future Boussole adds version 99 in another tab
    const future = new Dexie(name);
    declareSchema(future);
    future.version(99).stores({ extra: '&id' });
    await future.open();
    stop();
    expect(seen).toEqual(['upgraded']);
    expect(current.isOpen()).toBe(false);
    future.close();
  });
});
