// Hosting safety: `npm start` sends the response headers the README asks hosts to set, and another
// site that frames Boussole gets a notice, never the app: on a host without those headers the app
// itself refuses to run in the frame; with them, the browser refuses to show it at all.
import { expect, test, type Page } from '@playwright/test';

/** Another website, served by the test itself (never fetched from the network). */
const OTHER_SITE = 'http://other-site.test/';

async function serveOtherSiteFraming(page: Page, appUrl: string): Promise<void> {
  await page.route(OTHER_SITE, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Another site</title>
        <h1>Another site</h1><iframe src="${appUrl}" title="Framed page" width="900" height="700"></iframe>`,
    }),
  );
}

/** Records every IndexedDB database any frame of the page opens, in `window.openedDatabases`. */
async function recordDatabaseOpens(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const opened: string[] = [];
    Object.assign(window, { openedDatabases: opened });
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the factory as `this`
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
      opened.push(name);
      return open.call(this, name, version);
    };
  });
}

const openedDatabases = (frame: { evaluate: Page['evaluate'] } | undefined) =>
  frame?.evaluate(() => (window as unknown as { openedDatabases: string[] }).openedDatabases);

test('npm start sends the hosting safety headers on every response', async ({ request }) => {
  for (const path of ['/', '/manifest.en.webmanifest']) {
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy'], path).toContain("script-src 'self'");
    expect(headers['x-frame-options'], path).toBe('DENY');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
    for (const feature of ['camera=()', 'microphone=()', 'geolocation=()'])
      expect(headers['permissions-policy'], path).toContain(feature);
  }
});

test('framed by another site on a host without those headers, Boussole shows a notice instead of working, and opens no database', async ({
  page,
  baseURL,
}) => {
  const appUrl = `${baseURL ?? ''}/`;
  await recordDatabaseOpens(page);
  await serveOtherSiteFraming(page, appUrl);
  // The app's files as a host that cannot set headers (GitHub Pages) sends them.
  await page.route(`${baseURL ?? ''}/**`, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['x-frame-options'];
    delete headers['content-security-policy'];
    await route.fulfill({ response, headers });
  });
  await page.goto(OTHER_SITE);

  const framed = page.frameLocator('iframe');
  await expect(
    framed.getByRole('heading', { level: 1, name: 'Boussole cannot run inside another website' }),
  ).toBeVisible();
  await expect(framed.getByRole('link', { name: 'Open Boussole in a new tab' })).toHaveAttribute(
    'target',
    '_blank',
  );
  await expect(framed.getByRole('heading', { name: 'Welcome to Boussole' })).toHaveCount(0);
  await expect(framed.getByRole('navigation')).toHaveCount(0);
  await expect(framed.getByRole('textbox')).toHaveCount(0);

  const frame = page.frames().find((candidate) => candidate.url() === appUrl);
  expect(frame, 'the framed app page').toBeDefined();
  expect(await openedDatabases(frame)).toEqual([]);

  // The same files opened directly: the app runs and opens its database (the recording works).
  await page.goto(appUrl);
  await expect(page.getByRole('heading', { name: 'Welcome to Boussole' })).toBeVisible();
  expect(await openedDatabases(page)).toContain('boussole');
});

test('framed by another site, with the headers npm start sends, the browser does not show Boussole at all', async ({
  page,
  baseURL,
}) => {
  const appUrl = `${baseURL ?? ''}/`;
  await serveOtherSiteFraming(page, appUrl);
  // The load event waits for the frame; had the app loaded, its static header would say "Boussole".
  await page.goto(OTHER_SITE, { waitUntil: 'load' });
  await expect(page.getByRole('heading', { name: 'Another site' })).toBeVisible();
  const framed = page.frameLocator('iframe');
  await expect(framed.getByText('Boussole')).toHaveCount(0);
  await expect(framed.getByRole('heading', { name: 'Welcome to Boussole' })).toHaveCount(0);
});
