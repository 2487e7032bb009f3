import { expect, test } from '@playwright/test';
import { createProfile, watchConsole, watchForeignRequests } from './helpers';

test('a new user creates a profile and starts a cycle, with no console errors', async ({
  page,
}) => {
  const problems = watchConsole(page);
  await page.goto('/');
  await createProfile(page, 'Centre d’accueil de Rivière-du-Loup');
  await page.getByRole('link', { name: 'Start a new assessment cycle' }).click();
  await page.getByRole('button', { name: 'Start the cycle' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Cybersecurity baseline' }),
  ).toBeVisible();
  expect(problems).toEqual([]);
});

test('a Content-Security-Policy keeps scripts, styles, fonts and connections on the app’s own origin', async ({
  page,
  context,
}) => {
  const foreign = watchForeignRequests(context);
  const problems = watchConsole(page);
  await page.goto('/');
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  const directives = new Map(
    (policy ?? '').split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }),
  );
  for (const name of ['default-src', 'script-src', 'style-src', 'font-src', 'connect-src']) {
    expect(directives.get(name), name).toBe("'self'");
  }
  expect(directives.get('object-src')).toBe("'none'");

  // Nothing the app loads leaves its origin; and the policy is enforced: a script from elsewhere is
  // refused before any byte is fetched.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(foreign).toEqual([]);
  const blocked = await page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        document.addEventListener('securitypolicyviolation', () => {
          resolve(true);
        });
        const script = document.createElement('script');
        script.src = 'https://cdn.example.org/analytics.js';
        document.head.append(script);
        setTimeout(() => {
          resolve(false);
        }, 2000);
      }),
  );
  expect(blocked).toBe(true);
  expect(problems.filter((problem) => !problem.includes('Content Security Policy'))).toEqual([]);
});
