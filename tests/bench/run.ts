// `npm run bench`: prints every performance figure with its budget; exits non-zero when one is exceeded.
// With --ci only size budgets fail the run (time figures on a shared machine are printed, not enforced).
import { bundleFigures } from './bundle';
import { engineFigures } from './engine';
import { overBudget, printTable, type Figure } from './figures';
import { reportFigures } from './report';

const ciMode = process.argv.includes('--ci');
const figures: Figure[] = [...bundleFigures(), ...engineFigures(), ...(await reportFigures())];
console.log('');
printTable(figures);

const failing = figures.filter((f) => overBudget(f) && (!ciMode || f.kind === 'size'));
if (failing.length > 0) {
  console.error(`\nOver budget: ${failing.map((f) => f.name).join('; ')}`);
  process.exit(1);
}
