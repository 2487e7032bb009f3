// Crash consistency: an answer is in IndexedDB as soon as it is given. The browser is killed
// (SIGKILL: no beforeunload, unload or pagehide, as when an old laptop loses power) right after a click,
// then started again on the same profile folder, and the answer is there. A tab closed while a note is
// being typed keeps the note too.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  createProfile,
  openBrowserOnProfile,
  questionGroups,
  startCycle,
  startResponse,
  storedAnswers,
} from './helpers';

const profileFolder = mkdtempSync(join(tmpdir(), 'boussole-crash-'));
test.afterAll(() => {
  rmSync(profileFolder, { recursive: true, force: true });
});

const openBrowser = () => openBrowserOnProfile(profileFolder, 'en-CA');

/** Kills every process of the browser using our profile folder, the way a power cut would. */
function killBrowser(): void {
  const mark = `--user-data-dir=${profileFolder}`;
  const killed = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(mark);
      } catch {
        return false; // the process ended meanwhile
      }
    })
    .map((pid) => {
      process.kill(Number(pid), 'SIGKILL');
      return pid;
    });
  expect(killed.length, 'browser processes killed').toBeGreaterThan(0);
}

test('an answer survives the browser being killed right after the click, and a note survives its tab being closed mid-typing', async () => {
  let browser = await openBrowser();
  const page = browser.pages()[0] ?? (await browser.newPage());
  await page.goto('/');
  await createProfile(page, 'Kamloops Immigrant Services');
  await startCycle(page, { name: 'Power cut', questionnaires: ['digital-maturity'] });
  const responseId = await startResponse(page, 'digital-maturity', 'Office manager');
  const address = page.url();

  // Answer question 1; as soon as IndexedDB holds it, the power goes. (The progress line counts the
  // answer the moment it is given, before the write completes, so it cannot be what we wait for.)
  await questionGroups(page)
    .nth(0)
    .getByRole('radio', { name: /^Step 3/ })
    .check();
  await expect(page.getByText('1 of 53 questions answered')).toBeVisible();
  await expect.poll(() => storedAnswers(page, responseId)).toEqual({ 'digital-strategy': 3 });
  killBrowser();
  await browser.close().catch(() => undefined);

  browser = await openBrowser();
  const reopened = browser.pages()[0] ?? (await browser.newPage());
  await reopened.goto(address);
  await expect(
    questionGroups(reopened)
      .nth(0)
      .getByRole('radio', { name: /^Step 3/ }),
  ).toBeChecked();
  await expect(reopened.getByText('1 of 53 questions answered')).toBeVisible();
  expect(await storedAnswers(reopened, responseId)).toEqual({ 'digital-strategy': 3 });

  // Type a note and close the tab before the pause in typing that would save it.
  const other = await browser.newPage();
  const second = questionGroups(reopened).nth(1);
  await second.getByRole('button', { name: 'Add a note' }).click();
  await second.getByRole('textbox', { name: 'Note (optional)' }).pressSequentially('Ask the board');
  await reopened.close();

  await other.goto(address);
  await expect(
    questionGroups(other).nth(1).getByRole('textbox', { name: 'Note (optional)' }),
  ).toHaveValue('Ask the board');
  // The draft the closed tab left in localStorage is now saved in IndexedDB, and then forgotten.
  await expect
    .poll(() =>
      other.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('draft'))),
    )
    .toEqual([]);
  await other.reload();
  await expect(
    questionGroups(other).nth(1).getByRole('textbox', { name: 'Note (optional)' }),
  ).toHaveValue('Ask the board');
  await browser.close();
});
