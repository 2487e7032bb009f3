// No client identifiers, ever: after checks in client mode and read aloud, nothing on the device or in
// any export (backup, CSV, funder PDF, HTML report, Word plan) holds what a client answered or typed,
// only the anonymous record (month, program, language, how, level per area); and the next client sees
// nothing of the last one.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import {
  answerQuestionnaireByClick,
  createProfile,
  startCycle,
  startResponse,
  ui,
  watchConsole,
} from './helpers';

const PIN = '97531';
const QUESTIONS = 17;
/** The check's question ids and answer ids: none may be stored or exported anywhere. */
const QUESTION_IDS = [
  'has-device',
  'has-internet',
  'connect-wifi',
  'install-app',
  'fix-problem',
  'send-message',
  'email-attachment',
  'video-call',
  'search-online',
  'check-website',
  'online-form',
  'book-appointment',
  'government-account',
  'online-banking',
  'spot-fake-message',
  'keep-codes-private',
  'protect-personal-info',
];
const ANSWER_IDS = [
  '"own"',
  '"shared"',
  '"none"',
  '"sometimes"',
  '"alone"',
  '"with-help"',
  '"not-yet"',
  '"not-sure"',
];
const ANSWER_WORDS = [
  'I can do this alone',
  'I can do this with help',
  'I cannot do this yet',
  'I am not sure',
  'Yes, my own',
  'I share one with family or friends',
  'Yes, most of the time',
  'Sometimes, for example only with free Wi-Fi',
];
/**
 * What a client types where a client can type: the only text field in client mode is the staff PIN,
 * and a client may well put a name or a phone number there.
 */
const CLIENT_TYPED = ['Zuleika7', '6045551'];
const RECORD_FIELDS = [
  'cycleId',
  'id',
  'language',
  'levels',
  'mode',
  'month',
  'program',
  'questionnaireId',
  // Which writes the record has seen, by random device id (revision.ts): names no one.
  'revision',
  'version',
];

/** Everything this origin keeps in IndexedDB, store by store. */
function everythingStored(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name ?? '');
    const all: Record<string, unknown[]> = {};
    for (const name of names) {
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const opening = indexedDB.open(name);
        opening.onsuccess = () => resolve(opening.result);
        opening.onerror = () => reject(new Error(String(opening.error)));
      });
      for (const store of Array.from(database.objectStoreNames)) {
        all[`${name}/${store}`] = await new Promise<unknown[]>((resolve, reject) => {
          const reading = database.transaction(store, 'readonly').objectStore(store).getAll();
          reading.onsuccess = () => resolve(reading.result as unknown[]);
          reading.onerror = () => reject(new Error(String(reading.error)));
        });
      }
      database.close();
    }
    return all;
  });
}

function expectNoAnswers(text: string, where: string) {
  for (const id of [...QUESTION_IDS, ...ANSWER_IDS, ...ANSWER_WORDS, ...CLIENT_TYPED])
    expect(text, `${where} holds "${id}"`).not.toContain(id);
}

async function answerEveryQuestion(page: Page, pick: number) {
  for (let number = 1; number <= QUESTIONS; number++) {
    await expect(page.locator('.check-progress')).toContainText(String(number));
    const buttons = page.getByRole('main').getByRole('group').getByRole('button');
    await buttons.nth(Math.min(pick, (await buttons.count()) - 1)).click();
  }
}

test('no IndexedDB record, storage or export holds anything a client answered, beyond the anonymous fields', async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  const problems = watchConsole(page);
  await page.goto('/');
  await createProfile(page, 'Welcome Centre Kamloops');
  // A program name the agency typed: the one piece of text a record may carry.
  await page.getByRole('link', { name: 'Settings' }).click();
  const settings = page.getByRole('region', { name: 'Client skills check' });
  await settings.getByRole('textbox', { name: 'Program 1' }).fill('Evening LINC');
  await settings.getByRole('button', { name: 'Save the programs' }).click();
  // confirmed beside the form, covering nothing
  await expect(settings.getByText('The programs are saved.')).toBeVisible();
  await page.getByRole('link', { name: 'Home' }).click();
  const cycleId = await startCycle(page, {
    name: 'Intake 2027',
    questionnaires: ['digital-literacy'],
  });
  const card = page.getByRole('region', { name: 'Client skills check' });

  // By phone: a worker reads the questions to three clients and records the answers (five checks in
  // all, so the funder report prints its figures).
  await card.getByRole('link', { name: 'Read the questions to a client' }).click();
  for (const [index, language] of (['zh', 'uk', 'es'] as const).entries()) {
    await page
      .getByRole('combobox', { name: 'Language of the conversation' })
      .selectOption(language);
    await page.getByRole('button', { name: 'Start the questions' }).click();
    await answerEveryQuestion(page, index);
    await expect(
      page.getByRole('heading', { level: 2, name: "The client's result" }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Start another check' }).click();
    await expect(page.getByRole('heading', { level: 2, name: "The client's result" })).toHaveCount(
      0,
    );
  }
  await page.getByRole('link', { name: 'Back to Intake 2027' }).click();

  // In client mode: a client answers on the device.
  await card.getByRole('combobox', { name: 'Program (optional)' }).selectOption('Evening LINC');
  await card.getByRole('button', { name: 'Start client mode' }).click();
  await card.getByLabel('Staff PIN', { exact: true }).fill(PIN);
  await card.getByLabel('The same PIN again').fill(PIN);
  await card.getByRole('button', { name: 'Save the PIN and start client mode' }).click();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  // The words searched for below are the ones a client really sees and picks.
  await expect(page.getByRole('button', { name: 'Yes, my own' })).toBeVisible();
  await page.getByRole('button', { name: 'Yes, my own' }).click();
  await expect(page.getByRole('button', { name: 'Yes, most of the time' })).toBeVisible();
  // A client who tries the staff's way out types a name, then a phone number, in the PIN field.
  for (const typed of CLIENT_TYPED) {
    await page.getByRole('button', { name: 'Staff: leave client mode' }).click();
    await page.getByLabel('Staff PIN', { exact: true }).fill(typed);
    await page.getByRole('button', { name: 'Leave client mode' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await page.getByRole('button', { name: 'Cancel' }).click();
  }
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await answerEveryQuestion(page, 0);
  await expect(page.getByRole('heading', { level: 1, name: 'Your result' })).toBeVisible();
  await page.getByRole('button', { name: 'Finish' }).click();
  // The next client sees nothing of the last one, and answers in French.
  await expect(page.getByRole('button', { name: 'العربية' })).toBeVisible();
  await expect(page.getByText('What you can already do')).toHaveCount(0);
  expectNoAnswers(await page.locator('body').innerText(), 'the page');
  await page.getByRole('button', { name: 'Français' }).click();
  await page.getByRole('button', { name: 'Commencer' }).click();
  await answerEveryQuestion(page, 1);
  await expect(page.getByRole('heading', { level: 1, name: 'Votre résultat' })).toBeVisible();
  await page.getByRole('button', { name: 'Terminer' }).click();
  await expect(page.getByRole('button', { name: 'العربية' })).toBeVisible();
  expectNoAnswers(await page.locator('body').innerText(), 'the page');

  // What the device keeps: the two anonymous records and nothing else of the checks.
  const stored = await everythingStored(page);
  const checks = stored['boussole/clientChecks'] as Record<string, unknown>[];
  expect(checks).toHaveLength(5);
  for (const record of checks) {
    expect(Object.keys(record).every((key) => RECORD_FIELDS.includes(key))).toBe(true);
    expect(record.cycleId).toBe(cycleId);
    expect(record.month).toMatch(/^\d{4}-\d{2}$/);
    const { vector, by } = record.revision as { vector: Record<string, number>; by: string };
    expect(by).toMatch(/^[0-9a-f]{16}$/);
    expect(vector).toEqual({ [by]: 1 });
  }
  expect(checks.map((record) => record.mode).sort()).toEqual([
    'client-mode',
    'client-mode',
    'read-aloud',
    'read-aloud',
    'read-aloud',
  ]);
  for (const [store, rows] of Object.entries(stored)) {
    // Copies of the published questionnaire definitions are content, the same on every device.
    if (store === 'boussole/definitions') {
      for (const row of rows as { definition: { id: string } }[])
        expect([
          'cybersecurity-baseline',
          'digital-literacy',
          'digital-maturity',
          'newcomer-digital-skills',
        ]).toContain(row.definition.id);
      for (const typed of CLIENT_TYPED) expect(JSON.stringify(rows)).not.toContain(typed);
      continue;
    }
    expectNoAnswers(JSON.stringify(rows), store);
  }
  // Local and session storage, key by key (client mode's own session is kept there).
  const webStorage = await page.evaluate(() =>
    JSON.stringify(
      [localStorage, sessionStorage].map((storage) =>
        Array.from({ length: storage.length }, (_, index) => {
          const key = storage.key(index) ?? '';
          return [key, storage.getItem(key)];
        }),
      ),
    ),
  );
  expect(webStorage).toContain('Evening LINC');
  expectNoAnswers(webStorage, 'local and session storage');

  // Leave client mode; then every export.
  await page.getByRole('button', { name: 'Staff: leave client mode' }).click();
  await page.getByLabel('Staff PIN', { exact: true }).fill(PIN);
  await page.getByRole('button', { name: 'Leave client mode' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Intake 2027' })).toBeVisible();

  await page.getByRole('link', { name: 'See client outcomes' }).click();
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the checks (CSV)' }).click();
  const csvPath = testInfo.outputPath('checks.csv');
  await (await csvDownload).saveAs(csvPath);
  const csv = await readFile(csvPath, 'utf8');
  expectNoAnswers(csv, 'the CSV');
  const [header, ...rows] = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(header).toBe(
    'Month,Program,Language,How,Questionnaire version,Using a phone or computer,Talking and sharing online,Finding and checking information,Doing things online,Staying safe online',
  );
  expect(rows).toHaveLength(5);
  expect(rows.filter((row) => row.includes('Evening LINC'))).toHaveLength(2);

  await page.getByRole('link', { name: 'Data and settings' }).click();
  const backupDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export a backup' }).click();
  const backupPath = testInfo.outputPath('backup.json');
  await (await backupDownload).saveAs(backupPath);
  const backup = JSON.parse(await readFile(backupPath, 'utf8')) as Record<string, unknown>;
  expect(backup.clientChecks).toHaveLength(5);
  expectNoAnswers(JSON.stringify(backup), 'the backup');
  // The staff PIN is in no export either, not even hashed.
  expect(JSON.stringify(backup)).not.toContain(PIN);
  expect(JSON.stringify(backup)).toContain('Evening LINC');

  // The funder PDF counts the two checks and says nothing more about them.
  await page.getByRole('link', { name: 'Home' }).click();
  await page.getByRole('link', { name: 'Intake 2027' }).first().click();
  await startResponse(page, 'digital-literacy', 'Settlement worker');
  await answerQuestionnaireByClick(page);
  await page.getByRole('button', { name: ui.en.submit }).click();
  await page.getByRole('link', { name: 'Back to Intake 2027' }).first().click();
  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const pdfPath = testInfo.outputPath('report.pdf');
  await (await pdfDownload).saveAs(pdfPath);
  const pdfText = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], {
    encoding: 'utf8',
  }).replace(/\s+/g, ' ');
  expect(pdfText).toContain('Client digital skills checks');
  expect(pdfText).toContain('Program: Evening LINC 2');
  expectNoAnswers(pdfText, 'the PDF');

  // The same report as an accessible web page, and the Word action plan.
  const htmlDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export accessible HTML' }).click();
  const htmlPath = testInfo.outputPath('report.html');
  await (await htmlDownload).saveAs(htmlPath);
  const html = await readFile(htmlPath, 'utf8');
  expect(html).toContain('Client digital skills checks');
  expect(html).toContain('Program: Evening LINC');
  expectNoAnswers(html, 'the HTML report');
  const docxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Word action plan (.docx)' }).click();
  const docxPath = testInfo.outputPath('plan.docx');
  await (await docxDownload).saveAs(docxPath);
  const docx = execFileSync('unzip', ['-p', docxPath], { encoding: 'utf8' });
  expect(docx).toContain('Welcome Centre Kamloops');
  expectNoAnswers(docx, 'the Word action plan');
  expect(problems).toEqual([]);
});
