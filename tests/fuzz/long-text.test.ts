// No slow path on long text: every function that runs over typed or imported text goes through 1 MiB
// of each worst shape and gives its usual kind of result. The 50 ms budget per function is a
// `npm run bench` figure (long-text), not a timing assertion here; a backtracking regular expression
// or a loop that rebuilds a string each step takes minutes on these inputs and fails by time-out.
import { describe, expect, it } from 'vitest';
import { textFunctions, worstShapes } from './long-text';

const functions = textFunctions();

describe('1 MiB of worst-case text', () => {
  it('is 1 MiB in every shape', () => {
    for (const text of Object.values(worstShapes)) expect(text.length).toBeGreaterThan(1_000_000);
  });

  it.each([
    'French typography',
    'interface text with a typed value, in French (i18next and its typography post-processor)',
    'a CSV row with the text in a cell',
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
    'goes through %s in every shape',
    (name) => {
      const tested = functions.find((candidate) => candidate.name === name);
      expect(tested, name).toBeDefined();
      if (tested === undefined) return;
      for (const text of Object.values(worstShapes)) {
        const output = (tested.run as (input: unknown) => unknown)(tested.prepare(text));
        expect(output).not.toBeUndefined();
      }
    },
    60_000,
  );

  it('covers every function listed', () => {
    expect(functions).toHaveLength(12);
  });
});
