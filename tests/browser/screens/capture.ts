// Full-page screenshots of the widest screens (questionnaire page, comparison of two cycles, team
// skills table) at 360 and 1280 px, to compare the layout before and after a change. Run against a
// served build:
//   npx vite build && npx vite preview --port 4411 &
//   SCREENS_URL=http://127.0.0.1:4411 npx tsx tests/browser/screens/capture.ts after
// The PNGs are committed: taken at a device scale of 1, then reduced to 16 colours by pngquant when it
// is installed (about 100–200 KB each instead of 400–800 KB).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { seedFullDevice } from '../full-device';

const base = process.env.SCREENS_URL ?? 'http://127.0.0.1:4411';
const folder = join('tests/browser/screens', process.argv[2] ?? 'after');

async function shoot(page: Page, hash: string, name: string, ready: string) {
  for (const language of ['en', 'fr'] as const) {
    if (language === 'fr' && name !== 'team-table') continue;
    await page.evaluate((lang) => {
      localStorage.setItem('boussole.language', lang);
    }, language);
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${base}/${hash}`);
      await page.reload();
      await page.locator(ready).first().waitFor();
      await page.waitForTimeout(600);
      await page.screenshot({
        path: join(folder, `${name}-${String(width)}-${language}.png`),
        fullPage: true,
      });
    }
  }
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  mkdirSync(folder, { recursive: true });
  const context = await browser.newContext({ locale: 'en-CA', deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${base}/#/profile`);
  const device = await seedFullDevice(page);
  await shoot(page, `#/responses/${device.openResponseId}`, 'questionnaire', '#dimension-heading');
  await shoot(
    page,
    `#/compare/${device.lastYearCycleId}/${device.thisYearCycleId}`,
    'compare',
    'main table',
  );
  await shoot(
    page,
    `#/cycles/${device.thisYearCycleId}/results/${device.teamQuestionnaireId}`,
    'team-table',
    'main table',
  );
} finally {
  await browser.close();
}
if (existsSync('/usr/bin/pngquant')) {
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.png'))
    .map((name) => join(folder, name));
  execFileSync('/usr/bin/pngquant', ['--force', '--ext', '.png', '--speed', '1', '16', ...files]);
}
