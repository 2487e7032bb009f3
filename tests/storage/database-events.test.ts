// @vitest-environment jsdom
// Two tabs on one device share one IndexedDB database. Here each "tab" is its own Dexie connection to
// the same database name in fake-indexeddb; the app's tab is the one given to setDatabase.
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keepDraft, readDraft } from '../../src/storage/typed-drafts';
import { createCycle } from '../../src/storage/cycles';
import { announceDataChange } from '../../src/storage/data-broadcast';
import {
  BoussoleDatabase,
  onDatabaseEvent,
  setDatabase,
  type DatabaseEvent,
} from '../../src/storage/database';
import { countStored, deleteAllData } from '../../src/storage/device-data';
import { declareSchema } from '../../src/storage/schema-versions';

let name = '';
let thisTab: BoussoleDatabase;
let seen: DatabaseEvent[] = [];
let stop: () => void = () => undefined;
const otherConnections: Dexie[] = [];

/** Another tab of Boussole on the same device: its own connection to the same database. */
async function otherTab(): Promise<BoussoleDatabase> {
  const db = new BoussoleDatabase(name);
  otherConnections.push(db);
  await db.open();
  return db;
}

/** Lets a message between tabs (BroadcastChannel) arrive. */
const messagesDelivered = () => new Promise((resolve) => setTimeout(resolve, 50));

beforeEach(async () => {
  name = `boussole-tabs-${Math.random().toString(36).slice(2)}`;
  thisTab = new BoussoleDatabase(name);
  setDatabase(thisTab);
  await thisTab.open();
  seen = [];
  stop = onDatabaseEvent((event) => seen.push(event));
});

afterEach(() => {
  stop();
  for (const db of otherConnections.splice(0)) db.close();
  thisTab.close();
});

describe('a tab whose database is deleted in another tab', () => {
  it('is told it was deleted, and closes its connection so the deletion goes through', async () => {
    await createCycle('2026', []);
    const other = await otherTab();
    await other.delete();
    expect(seen).toEqual(['deleted']);
    expect(thisTab.isOpen()).toBe(false);
    expect(await Dexie.exists(name)).toBe(false);
  });

  it('refuses later writes instead of quietly creating an empty database to save them in', async () => {
    const other = await otherTab();
    await other.delete();
    await expect(createCycle('written after the deletion', [])).rejects.toMatchObject({
      name: 'DatabaseClosedError',
    });
    expect(await Dexie.exists(name)).toBe(false);
  });
});

describe('a tab whose database is upgraded by a newer Boussole in another tab', () => {
  it('is told, closes its connection, and refuses later writes', async () => {
    const newer = new Dexie(name);
    otherConnections.push(newer);
    declareSchema(newer);
    newer.version(99).stores({ extra: '&id' });
    await newer.open();
    expect(seen).toEqual(['upgraded']);
    await expect(createCycle('written after the upgrade', [])).rejects.toMatchObject({
      name: 'DatabaseClosedError',
    });
  });
});

describe('a tab whose data is replaced from a backup in another tab', () => {
  it('is told by the message the restoring tab sends, and closes its connection', async () => {
    const otherTabsChannel = new BroadcastChannel(`boussole-data:${name}`);
    otherTabsChannel.postMessage({ change: 'replaced' });
    await messagesDelivered();
    otherTabsChannel.close();
    expect(seen).toEqual(['replaced']);
    expect(thisTab.isOpen()).toBe(false);
  });

  it('is not told about its own restore', async () => {
    announceDataChange(name, 'replaced');
    await messagesDelivered();
    expect(seen).toEqual([]);
    expect(thisTab.isOpen()).toBe(true);
  });

  it('ignores messages that are not about its data', async () => {
    const otherTabsChannel = new BroadcastChannel(`boussole-data:${name}`);
    otherTabsChannel.postMessage({ change: 'renamed' });
    otherTabsChannel.postMessage('replaced');
    const anotherDatabase = new BroadcastChannel('boussole-data:another-database');
    anotherDatabase.postMessage({ change: 'deleted' });
    await messagesDelivered();
    otherTabsChannel.close();
    anotherDatabase.close();
    expect(seen).toEqual([]);
  });
});

describe('a tab whose connection the browser closes (site data cleared)', () => {
  it('is told, and does not reopen an empty database under the screen', async () => {
    const connection = thisTab.backendDB();
    connection.onclose?.call(connection, new Event('close'));
    expect(seen).toEqual(['closed']);
    await expect(createCycle('written after the close', [])).rejects.toMatchObject({
      name: 'DatabaseClosedError',
    });
  });
});

describe('deleting all data', () => {
  it('deletes every record and every draft, tells the other tabs, and leaves an empty database', async () => {
    await createCycle('2026', []);
    keepDraft('note:response-1:mfa-email', 'Ask the treasurer');
    const other = await otherTab();
    const otherSeen: string[] = [];
    other.on('versionchange', (event) => {
      otherSeen.push(event.newVersion === null ? 'deleted' : 'upgraded');
    });

    await deleteAllData();

    expect(otherSeen).toEqual(['deleted']);
    expect(readDraft('note:response-1:mfa-email')).toBeNull();
    expect(await countStored()).toEqual({
      profile: 0,
      cycles: 0,
      responses: 0,
      answers: 0,
      roadmapEdits: 0,
      ownActions: 0,
      clientChecks: 0,
    });
    expect(thisTab.isOpen()).toBe(true);
  });

  it('says it waits while another tab keeps the database open, and finishes once it closes', async () => {
    const stubborn = await otherTab();
    // An unresponsive tab: it neither closes nor lets Dexie close it.
    stubborn.on('versionchange', () => false);
    const deleting = deleteAllData();
    await messagesDelivered();
    expect(seen).toEqual(['deletion-blocked']);
    stubborn.close();
    await deleting;
    expect(seen).toEqual(['deletion-blocked', 'opened']);
  });
});
