// No slow path on long text: every function that runs over typed or imported text finishes 1 MiB of
// each worst shape in under 50 ms (best of 3 runs). A regular expression that backtracks or a loop that
// rebuilds a string each step takes seconds to hours on these inputs, so the budget catches them.
import { cpus, loadavg } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { textFunctions, worstShapes, type TextFunction } from './long-text';

const BUDGET_MS = 50;

/** The budget is for a machine to itself. On a shared one (the CI machine has 2 cores and often a
 * dozen busy processes) each run gets only a share of a core, so the budget grows by the number of
 * runnable processes per core, never shrinks. */
const budget = () => BUDGET_MS * Math.max(1, (loadavg()[0] ?? 0) / cpus().length);

function bestOfThree(run: (input: never) => unknown, input: unknown): number {
  let best = Infinity;
  for (let attempt = 0; attempt < 3; attempt++) {
    const start = performance.now();
    (run as (input: unknown) => unknown)(input);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

let functions: TextFunction[] = [];
beforeAll(async () => {
  functions = await textFunctions();
});

describe('1 MiB of worst-case text', () => {
  it('is 1 MiB in every shape', () => {
    for (const text of Object.values(worstShapes)) expect(text.length).toBeGreaterThan(1_000_000);
  });

  it.each([
    'French typography',
    'interface text with a typed value, in French (i18next and its typography post-processor)',
    'a CSV row with the text in two cells',
    'a file name part',
    'the PDF, CSV and response file names',
    'the canonical form a file checksum covers (NFC)',
    'decoding an imported file',
    'parsing imported JSON',
    'checking imported records against their schemas',
    'display conditions on a typed answer',
    'text made safe for the PDF font',
    'the address in the location bar',
  ])(
    'goes through %s in under 50 ms on an idle machine, in every shape',
    (name) => {
      const tested = functions.find((candidate) => candidate.name === name);
      expect(tested, name).toBeDefined();
      if (tested === undefined) return;
      const slow: string[] = [];
      for (const [shape, text] of Object.entries(worstShapes)) {
        const input = tested.prepare(text);
        const time = bestOfThree(tested.run, input);
        const allowed = budget();
        if (time > allowed)
          slow.push(`${shape}: ${time.toFixed(1)} ms (allowed ${allowed.toFixed(0)})`);
      }
      expect(slow).toEqual([]);
    },
    180_000,
  );

  it('covers every function listed', () => {
    expect(functions).toHaveLength(12);
  });
});
