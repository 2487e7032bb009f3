// `npm run bench`: prints every performance figure with its budget; exits non-zero when one is exceeded.
// With --ci only size budgets fail the run (time figures on a shared machine are printed, not enforced).
// Naming groups runs only those, e.g. `npm run bench -- startup scale` (the build always runs).
// The browser figures serve the bench's own production build and drive Debian's Chromium.
import { answeringFigures } from './answering';
import { assertPortFree, withBrowser } from './browser';
import { bundleFigures } from './bundle';
import { engineFigures } from './engine';
import { overBudget, printTable, type Figure } from './figures';
import { longTextFigures } from './long-text';
import { reportFigures } from './report';
import { restoreFigures } from './restore';
import { scaleFigures } from './scale';
import { sectorFigures } from './sector';
import { startupFigures } from './startup';

const nodeGroups = {
  engine: engineFigures,
  report: reportFigures,
  'long-text': longTextFigures,
} as const;
const browserGroups = {
  startup: startupFigures,
  answering: answeringFigures,
  scale: scaleFigures,
  restore: restoreFigures,
  sector: sectorFigures,
} as const;
const groupNames = [...Object.keys(nodeGroups), ...Object.keys(browserGroups)];

const args = process.argv.slice(2);
const ciMode = args.includes('--ci');
const asked = args.filter((arg) => !arg.startsWith('--'));
const unknown = asked.filter((name) => !groupNames.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown figure group ${unknown.join(', ')}; groups: ${groupNames.join(', ')}`);
  process.exit(2);
}
const wanted = (name: string) => asked.length === 0 || asked.includes(name);

const inBrowser = Object.entries(browserGroups).filter(([name]) => wanted(name));
if (inBrowser.length > 0) await assertPortFree();

const started = performance.now();
const figures: Figure[] = bundleFigures();
for (const [name, measure] of Object.entries(nodeGroups)) {
  if (wanted(name)) figures.push(...(await measure()));
}
if (inBrowser.length > 0) {
  figures.push(
    ...(await withBrowser(async (browser) => {
      const measured: Figure[] = [];
      for (const [, measure] of inBrowser) measured.push(...(await measure(browser)));
      return measured;
    })),
  );
}
console.log('');
printTable(figures);
console.log(`\n(${((performance.now() - started) / 1000).toFixed(0)} s)`);

const failing = figures.filter((f) => overBudget(f) && (!ciMode || f.kind === 'size'));
if (failing.length > 0) {
  console.error(`\nOver budget: ${failing.map((f) => f.name).join('; ')}`);
  process.exit(1);
}
