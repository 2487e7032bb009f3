// Databases created by every earlier schema version, with realistic data, opened by the current code.
import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { BoussoleDatabase, onDatabaseEvent, setDatabase } from '../../src/storage/database';
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
    expect(schemaVersions.map((v) => v.version)).toEqual([1, 2, 3, 4]);
    expect(LATEST_SCHEMA_VERSION).toBe(4);
  });

  it('upgrades a version-1 database without losing or altering anything', async () => {
    await createAtVersion(1, version1Data);
    const db = new BoussoleDatabase(name);
    setDatabase(db);
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);

    expect(await db.profile.toArray()).toEqual(version1Data.profile);
    expect(await db.cycles.toArray()).toEqual(version1Data.cycles);
    expect(await listResponses('cycle-2025')).toEqual(version1Data.responses);
    expect(await getAnswers('response-1')).toEqual({
      'mfa-email': { value: 'partly', note: 'Hélène s’en occupe' },
      'backup-exists': { special: 'dont-know' },
      'device-count': { value: 14 },
    });
    expect(await db.settings.toArray()).toEqual(version1Data.settings);
    // version 2 adds the questionnaire id to each roadmap edit, and nothing else changes
    expect(await listRoadmapEdits('cycle-2025')).toEqual([
      { ...version1Data.roadmapEdits[0], questionnaireId: 'cybersecurity-baseline' },
    ]);
    expect(
      await db.roadmapEdits
        .where({ cycleId: 'cycle-2025', questionnaireId: 'cybersecurity-baseline' })
        .count(),
    ).toBe(1);
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
      expect(sorted(await db.table(table).toArray()), table).toEqual(sorted(rows));
    }
    // version 3 adds an empty store for copies of questionnaire definitions
    expect(await db.definitions.count()).toBe(0);
    db.close();
  });

  it('upgrades a version-3 database without losing or altering anything, and adds client checks', async () => {
    const version3Data = {
      ...version1Data,
      roadmapEdits: version1Data.roadmapEdits.map((edit) => ({
        ...edit,
        questionnaireId: 'cybersecurity-baseline',
      })),
      definitions: [{ id: 'cybersecurity-baseline', version: '1.0.0', definition: { id: 'x' } }],
    };
    await createAtVersion(3, version3Data);
    const db = new BoussoleDatabase(name);
    setDatabase(db);
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    const sorted = (rows: unknown[]) => rows.map((row) => JSON.stringify(row)).sort();
    for (const [table, rows] of Object.entries(version3Data)) {
      expect(sorted(await db.table(table).toArray()), table).toEqual(sorted(rows));
    }
    // version 4 adds an empty store for anonymous client check records, read per cycle
    expect(await db.clientChecks.count()).toBe(0);
    const record = {
      id: 'check-1',
      cycleId: 'cycle-2025',
      month: '2025-03',
      questionnaireId: 'newcomer-digital-skills',
      version: '1.0.0',
      language: 'ar',
      mode: 'client-mode',
      levels: { device: 'building', safety: null },
    } as const;
    await db.clientChecks.add(record);
    expect(await db.clientChecks.where({ cycleId: 'cycle-2025' }).toArray()).toEqual([record]);
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
