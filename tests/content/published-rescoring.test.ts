// A published version re-scores exactly as it did when it shipped, whatever ships after it: each
// example answer set written for it keeps its scores, levels, baseline and roadmap, as recorded in
// tests/fixtures/published-results.json. A new version adds a block to that file; a block is never edited
// unless the scoring rules themselves change (and the README says so).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess';
import { loadExamples, loadShipped } from '../support/content';
import { visibleResult } from '../support/visible-result';

type Recorded = Record<string, Record<string, Record<string, unknown>>>;
const recorded = JSON.parse(
  readFileSync('tests/fixtures/published-results.json', 'utf8'),
) as Recorded;

describe.each(Object.keys(recorded))('published %s', (key) => {
  const [id = '', version = ''] = key.split('@');
  const questionnaire = loadShipped(id, version);
  const examples = loadExamples(id, version);

  it('has a recorded result for every example answer set written for it', () => {
    expect(examples.map((e) => e.name).sort()).toEqual(Object.keys(recorded[key] ?? {}).sort());
  });

  it.each(examples.map((e) => [e.name, e.example.answers] as const))(
    're-scores the %s example exactly as recorded',
    (name, answers) => {
      expect(visibleResult(assess(questionnaire, answers))).toEqual(recorded[key]?.[name]);
    },
  );
});
