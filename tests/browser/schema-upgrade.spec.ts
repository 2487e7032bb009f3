// A device that used Boussole before records carried revisions (database schema version 3) opens the
// new version in Chromium: the upgrade, whose code loads only for it, gives every stored record a
// revision as this device's first write, and nothing else changes.
import { expect, test } from '@playwright/test';

const DEVICE_ID = /^[0-9a-f]{16}$/;

test('a database from before revisions is upgraded in the browser: every record gains this device’s revision', async ({
  page,
}) => {
  // A page of the app's origin that is not the app, to write the older database as it was.
  await page.route('**/older-version', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>older</title>' }),
  );
  await page.goto('/older-version');
  await page.evaluate(async () => {
    const stamp = '2025-03-01T10:00:00.000-05:00';
    const request = indexedDB.open('boussole', 30); // Dexie stores version n as n × 10
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore('profile', { keyPath: 'id' });
      db.createObjectStore('cycles', { keyPath: 'id' }).createIndex('createdAt', 'createdAt');
      const responses = db.createObjectStore('responses', { keyPath: 'id' });
      responses.createIndex('cycleId', 'cycleId');
      responses.createIndex('[cycleId+questionnaireId]', ['cycleId', 'questionnaireId']);
      responses.createIndex('updatedAt', 'updatedAt');
      db.createObjectStore('answers', { keyPath: ['responseId', 'questionId'] }).createIndex(
        'responseId',
        'responseId',
      );
      const edits = db.createObjectStore('roadmapEdits', { keyPath: ['cycleId', 'itemKey'] });
      edits.createIndex('cycleId', 'cycleId');
      edits.createIndex('[cycleId+questionnaireId]', ['cycleId', 'questionnaireId']);
      db.createObjectStore('settings', { keyPath: 'key' });
      db.createObjectStore('definitions', { keyPath: ['id', 'version'] });
      const upgrade = request.transaction!;
      upgrade.objectStore('profile').put({
        id: 'organization',
        name: 'Centre multiculturel de Sherbrooke',
        province: 'QC',
        updatedAt: stamp,
      });
      upgrade.objectStore('cycles').put({
        id: 'cycle-2025',
        name: 'Autoévaluation 2025',
        createdAt: stamp,
        updatedAt: stamp,
        questionnaires: [{ id: 'cybersecurity-baseline', version: '1.0.0' }],
        targets: {},
      });
      upgrade.objectStore('responses').put({
        id: 'response-1',
        cycleId: 'cycle-2025',
        questionnaireId: 'cybersecurity-baseline',
        version: '1.0.0',
        contentHash: 'a'.repeat(64),
        respondent: 'Directrice générale',
        startedAt: stamp,
        updatedAt: stamp,
        origin: 'local',
      });
      upgrade.objectStore('answers').put({
        responseId: 'response-1',
        questionId: 'mfa-email',
        value: 'partly',
        note: 'Vérifier avec Hélène',
        answeredAt: stamp,
      });
      upgrade.objectStore('roadmapEdits').put({
        cycleId: 'cycle-2025',
        itemKey: 'cybersecurity-baseline/rec:mfa-email-admin',
        questionnaireId: 'cybersecurity-baseline',
        status: 'in-progress',
        updatedAt: stamp,
      });
    };
    await new Promise((resolve, reject) => {
      request.onsuccess = () => {
        request.result.close();
        resolve(undefined);
      };
      request.onerror = () => reject(new Error(String(request.error)));
    });
  });
  await page.unroute('**/older-version');

  await page.goto('/');
  await expect(page.getByRole('link', { name: /Autoévaluation 2025/ }).first()).toBeVisible();

  const stored = await page.evaluate(
    () =>
      new Promise<{ version: number; device: unknown; records: Record<string, unknown[]> }>(
        (resolve, reject) => {
          const request = indexedDB.open('boussole');
          request.onerror = () => reject(new Error(String(request.error)));
          request.onsuccess = () => {
            const db = request.result;
            const stores = ['profile', 'cycles', 'responses', 'answers', 'roadmapEdits'];
            const transaction = db.transaction([...stores, 'settings'], 'readonly');
            const records: Record<string, unknown[]> = {};
            let device: unknown;
            for (const store of stores) {
              const reading = transaction.objectStore(store).getAll();
              reading.onsuccess = () => {
                records[store] = reading.result;
              };
            }
            const setting = transaction.objectStore('settings').get('deviceId');
            setting.onsuccess = () => {
              device = (setting.result as { value?: unknown } | undefined)?.value;
            };
            transaction.oncomplete = () => {
              db.close();
              resolve({ version: db.version, device, records });
            };
          };
        },
      ),
  );
  expect(stored.version).toBeGreaterThanOrEqual(40);
  expect(stored.device).toMatch(DEVICE_ID);
  const device = stored.device as string;
  for (const [store, records] of Object.entries(stored.records)) {
    expect(records, store).toHaveLength(1);
    expect(records[0], store).toMatchObject({ revision: { vector: { [device]: 1 }, by: device } });
  }
  expect(stored.records.answers?.[0]).toMatchObject({
    value: 'partly',
    note: 'Vérifier avec Hélène',
    answeredAt: '2025-03-01T10:00:00.000-05:00',
  });
});
