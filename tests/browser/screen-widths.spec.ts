// Every screen, full of data, at 320, 360 and 1280 px wide, in English and in French: the page never
// scrolls sideways, no two links or buttons of a navigation list or list overlap, and no table header
// is wider than its cell (a header that overflows is cut or runs into its neighbour). Each screen loads
// once; the width and the language change on the page that is already open.
import { expect, test, type Page } from '@playwright/test';
import { seedFullDevice } from './full-device';

const widths = [320, 360, 1280] as const;

interface Problem {
  kind: string;
  detail: string;
}

/** What is wrong with the layout as it is now drawn, in words that name the elements at fault. */
function layoutProblems(page: Page): Promise<Problem[]> {
  return page.evaluate(() => {
    const problems: { kind: string; detail: string }[] = [];
    const describe = (element: Element) => {
      const text = element.textContent.trim().replace(/\s+/g, ' ').slice(0, 60);
      const classes = element.getAttribute('class');
      return `<${element.tagName.toLowerCase()}${classes ? ` class="${classes}"` : ''}> “${text}”`;
    };
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) {
      // Name the deepest elements that reach past the right edge, where the width comes from.
      const wide = [...document.body.querySelectorAll('*')].filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.right > root.clientWidth + 1;
      });
      const deepest = wide.filter(
        (element) => !wide.some((other) => element.contains(other) && other !== element),
      );
      problems.push({
        kind: 'horizontal scroll',
        detail: `${String(root.scrollWidth)} px wide in ${String(root.clientWidth)} px: ${deepest
          .slice(0, 4)
          .map(describe)
          .join('; ')}`,
      });
    }
    // Shown on screen: laid out, not hidden, and not clipped away for screen readers only
    // (a table's header row read aloud but drawn as cards on a phone).
    const visible = (element: Element) => {
      if (getComputedStyle(element).visibility === 'hidden') return false;
      if (element.getClientRects().length === 0) return false;
      for (let node: Element | null = element; node; node = node.parentElement) {
        if (getComputedStyle(node).clipPath !== 'none') return false;
      }
      return true;
    };
    const lists = document.querySelectorAll('nav, ul, ol, [role="list"], [role="navigation"]');
    for (const list of lists) {
      const controls = [...list.querySelectorAll('a, button')].filter(
        (control) => visible(control) && control.closest('nav, ul, ol, [role="list"]') === list,
      );
      const boxes = controls.flatMap((control) =>
        [...control.getClientRects()]
          .filter((rect) => rect.width > 0 && rect.height > 0)
          .map((rect) => ({ control, rect })),
      );
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i];
          const b = boxes[j];
          if (!a || !b || a.control === b.control) continue;
          if (a.control.contains(b.control) || b.control.contains(a.control)) continue;
          // Touching edges and sub-pixel rounding are not overlap: a full pixel of both must meet.
          const across = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
          const down = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
          if (across > 1 && down > 1) {
            problems.push({
              kind: 'overlapping links',
              detail: `${describe(a.control)} and ${describe(b.control)}`,
            });
          }
        }
      }
    }
    for (const header of document.querySelectorAll('th')) {
      if (!visible(header)) continue;
      if (header.scrollWidth > header.clientWidth + 1) {
        problems.push({
          kind: 'table header wider than its cell',
          detail: `${describe(header)}: ${String(header.scrollWidth)} px in ${String(header.clientWidth)} px`,
        });
      }
      // A word drawn on two lines was broken inside it ("Fondament|al"): its range has two line tops.
      const walker = document.createTreeWalker(header, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const word of (node.textContent ?? '').matchAll(/[^\s\-‐–/]+/g)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          if (tops.size > 1) {
            problems.push({
              kind: 'table header broken inside a word',
              detail: `“${word[0]}” in ${describe(header)}`,
            });
          }
        }
      }
    }
    return problems;
  });
}

/** Waits for the screen's own content (its heading, or the not-found link), no "Loading" left in it. */
async function settled(page: Page): Promise<void> {
  await expect(page.locator('main').locator('h1, a').first()).toBeVisible();
  await expect(
    page.locator('main [role="status"]', { hasText: /^(Loading|Chargement)/ }),
  ).toHaveCount(0);
}

test('every screen fits 320, 360 and 1280 px in English and in French, with nothing overlapping', async ({
  page,
}, testInfo) => {
  // About 25 screens, each measured six times; a minute and a half on a quiet machine.
  test.setTimeout(300_000);
  const found: string[] = [];
  const checked: string[] = [];

  /** Measures the open screen at each width, in English then in French, without reloading it. */
  const measure = async (screen: string) => {
    for (const language of ['en', 'fr'] as const) {
      const switchTo = page.getByRole('button', {
        name: language === 'en' ? 'Display in English' : 'Afficher en français',
      });
      if (await switchTo.isVisible()) {
        await switchTo.click();
        await expect(page.locator('html')).toHaveAttribute('lang', new RegExp(`^${language}`));
      }
      for (const width of widths) {
        await page.setViewportSize({ width, height: 800 });
        await settled(page);
        // Two frames: the new width is laid out and the charts have redrawn to it.
        await page.evaluate(
          () =>
            new Promise((resolve) => {
              requestAnimationFrame(() => requestAnimationFrame(resolve));
            }),
        );
        for (const problem of await layoutProblems(page)) {
          if (process.env.SCREEN_WIDTHS_LOG) console.log(screen, language, width, problem);
          found.push(
            `${screen}, ${language}, ${String(width)} px: ${problem.kind}: ${problem.detail}`,
          );
        }
      }
    }
    checked.push(screen);
  };
  const visit = async (hash: string, screen: string) => {
    await page.goto(`/${hash}`);
    await measure(screen);
  };

  // First use, before there is any data: the welcome screen.
  await visit('#/', 'welcome');
  const device = await seedFullDevice(page);
  const cycle = `#/cycles/${device.thisYearCycleId}`;
  const response = `#/responses/${device.openResponseId}`;

  await visit('#/', 'home');
  await visit('#/profile', 'organization profile');
  await visit('#/cycles/new', 'new cycle');
  await visit(cycle, 'cycle (report export, import of responses, client check start)');
  await visit(response, 'questionnaire page');
  await page.goto(`/${response}/review`);
  await expect(page.locator('#review-heading')).toBeVisible();
  await measure('review before submitting');
  await visit(`${cycle}/results/cybersecurity-baseline`, 'results');
  await visit(`${cycle}/results/${device.teamQuestionnaireId}`, 'results, team view');
  await visit(`${cycle}/results/digital-maturity`, 'results, maturity');
  await visit(`${cycle}/results/newcomer-digital-skills`, 'client skills check outcomes');
  await visit(`${cycle}/read-aloud`, 'client skills check read aloud');
  await visit(`${cycle}/roadmap`, 'roadmap');
  await visit('#/history', 'history');
  await visit('#/compare', 'compare, choosing two cycles');
  await visit(
    `#/compare/${device.lastYearCycleId}/${device.thisYearCycleId}`,
    'compare, two cycles compared',
  );
  await visit('#/settings', 'data and settings (backup and restore)');
  await visit('#/sector', 'sector snapshot');
  await visit(`#/sector/contribute/${device.thisYearCycleId}`, 'sector snapshot contribution');
  await visit('#/sector/summary/2026', 'sector snapshot summary');
  await visit('#/cycles/no-such-cycle', 'not found');

  testInfo.annotations.push({ type: 'screens checked', description: checked.join('; ') });
  expect(found).toEqual([]);
});
