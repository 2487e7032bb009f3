import { describe, expect, it } from 'vitest';
import {
  checkContribution,
  readContribution,
  type Contribution,
  type ContributedQuestionnaire,
} from '../../../src/engine/sector-snapshot';
import { agency, example, exampleDefinitions, exampleEntry } from '../../support/sector-builders';

/** An agency's contribution with its example entry changed by `change`. */
function changed(change: (entry: ContributedQuestionnaire) => void): Contribution {
  const contribution = structuredClone(agency({ score: 50 }));
  const entry = contribution.questionnaires[0];
  if (entry === undefined) throw new Error('no entry');
  change(entry);
  return contribution;
}

const problemsOf = (contribution: Contribution) =>
  checkContribution(contribution, exampleDefinitions).map((p) => p.problem);

describe('checking a contribution', () => {
  it('accepts an honest contribution', () => {
    expect(checkContribution(agency({ score: 62 }), exampleDefinitions)).toEqual([]);
  });

  it('refuses a score above 100 or below 0', () => {
    expect(
      checkContribution(
        changed((e) => (e.overall.score = 101)),
        exampleDefinitions,
      ),
    ).toContainEqual({
      problem: 'score-out-of-range',
      questionnaire: 'example',
      dimension: null,
      score: 101,
    });
    expect(problemsOf(changed((e) => ((e.dimensions[1] ?? e.overall).score = -1)))).toContain(
      'score-out-of-range',
    );
  });

  it('refuses a questionnaire version the collector does not know, and one whose content differs', () => {
    expect(problemsOf(changed((e) => (e.version = '9.0.0')))).toEqual(['unknown-version']);
    expect(problemsOf(changed((e) => (e.contentHash = '0'.repeat(64))))).toEqual([
      'changed-questionnaire',
    ]);
  });

  it('checks no version when it is not told what ships', () => {
    expect(checkContribution(changed((e) => (e.version = '9.0.0')))).toEqual([]);
  });

  it('refuses a level that is not the level of its score', () => {
    const contribution = changed((e) => {
      e.overall = { score: 30, level: 'established', provisional: false };
    });
    expect(checkContribution(contribution, exampleDefinitions)).toContainEqual({
      problem: 'contradictory-level',
      questionnaire: 'example',
      dimension: null,
      level: 'established',
      score: 30,
    });
  });

  it('accepts the level below a bound on a score rounded up to it, but not a point further', () => {
    // "developing" starts at 40: 39.6 earns "starting" and is written 40
    const at = (score: number) =>
      problemsOf(changed((e) => (e.overall = { score, level: 'starting', provisional: false })));
    expect(at(40)).toEqual([]);
    expect(at(41)).toEqual(['contradictory-level']);
  });

  it('refuses a level on a provisional score, and a score that earned a level without one', () => {
    expect(
      problemsOf(
        changed((e) => (e.overall = { score: 50, level: 'developing', provisional: true })),
      ),
    ).toContain('contradictory-level');
    expect(
      problemsOf(changed((e) => (e.overall = { score: 50, level: null, provisional: false }))),
    ).toContain('contradictory-level');
  });

  it('accepts an overall level lowered by the critical cap only when the baseline is not met', () => {
    const capped = (baseline: ContributedQuestionnaire['baseline'], level: string) =>
      problemsOf(
        changed((e) => {
          e.overall = { score: 80, level, provisional: false };
          e.dimensions = e.dimensions.map((d) => ({ ...d, score: 80, level: 'established' }));
          e.baseline = baseline;
        }),
      );
    expect(capped('not-met', 'starting')).toEqual([]);
    expect(capped('met', 'starting')).toEqual(['contradictory-level']);
    expect(capped('not-met', 'developing')).toEqual(['contradictory-level']);
  });

  it('refuses an overall result provisional while no dimension is, or the reverse', () => {
    expect(
      problemsOf(changed((e) => (e.overall = { score: 50, level: null, provisional: true }))),
    ).toEqual(['contradictory-provisional']);
    const dimensionOnly = changed((e) => {
      const skills = e.dimensions[1];
      if (skills) Object.assign(skills, { level: null, provisional: true });
    });
    expect(problemsOf(dimensionOnly)).toEqual(['contradictory-provisional']);
  });

  it('refuses dimensions that are not exactly those of the version', () => {
    expect(problemsOf(changed((e) => e.dimensions.pop()))).toEqual(['missing-dimension']);
    expect(
      problemsOf(
        changed((e) =>
          e.dimensions.push({ id: 'budget', score: 50, level: 'developing', provisional: false }),
        ),
      ),
    ).toEqual(['unknown-dimension']);
  });

  it('refuses the same questionnaire twice', () => {
    const twice = agency();
    twice.questionnaires.push(exampleEntry());
    expect(problemsOf(twice)).toEqual(['duplicate-questionnaire']);
  });

  it('refuses a baseline on a questionnaire that has no critical question', () => {
    const definition = structuredClone(example.definition);
    definition.questions = definition.questions.map((q) => ({ ...q, critical: false }));
    const noCritical = { ...example, definition };
    const contribution = agency();
    expect(checkContribution(contribution, () => noCritical).map((p) => p.problem)).toEqual([
      'contradictory-baseline',
    ]);
  });
});

describe('reading a contribution file content', () => {
  it('returns the contribution when every check passes', () => {
    const contribution = agency({ province: 'PE', score: 71 });
    const read = readContribution(JSON.parse(JSON.stringify(contribution)), exampleDefinitions);
    expect(read).toEqual({ ok: true, value: contribution });
  });

  it('refuses anything beyond the listed fields, such as answers or notes', () => {
    const withAnswers = { ...agency(), answers: { mfa: { value: ['email'] } } };
    expect(readContribution(withAnswers)).toEqual({
      ok: false,
      problems: [{ problem: 'invalid-structure', path: '$', tooDeep: false }],
    });
    const withNote = changed(() => undefined) as unknown as Record<string, unknown>;
    (withNote.profile as Record<string, unknown>).city = 'Moncton';
    expect(readContribution(withNote).ok).toBe(false);
  });

  it('refuses a score that is not a whole number, naming where', () => {
    const read = readContribution(changed((e) => (e.overall.score = 50.5)));
    expect(read).toEqual({
      ok: false,
      problems: [
        {
          problem: 'invalid-structure',
          path: '$.questionnaires[0].overall.score',
          tooDeep: false,
        },
      ],
    });
  });

  it('refuses a contribution id that is not a random UUID, and a year out of range', () => {
    expect(readContribution({ ...agency(), id: 'agency-of-moncton' }).ok).toBe(false);
    expect(readContribution({ ...agency(), year: 1999 }).ok).toBe(false);
  });

  it('refuses deep nesting before looking further', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 200; i++) deep = [deep];
    const read = readContribution({ ...agency(), profile: deep });
    expect(read.ok ? null : read.problems[0]).toMatchObject({ tooDeep: true });
  });
});
