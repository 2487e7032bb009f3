// Coverage honesty: a score earns its maturity level only once enough of the questions behind it are
// answered. The example questionnaire: security (weight 2) has three scored questions (mfa, backups,
// website); skills has "training", and "training-budget" once training reaches step 2.
import { describe, expect, it } from 'vitest';
import { answersNeededForLevel } from '../../src/engine/coverage';
import { assess } from '../../src/engine/assess';
import type { AnswerCounts } from '../../src/engine/result';
import { parseQuestionnaire } from '../../src/engine/prepare';
import {
  bestAnswers,
  dontKnow,
  exampleCopy,
  exampleQuestionnaire,
  notApplicable,
  prepare,
  value,
} from '../support/example';

const dimension = (result: ReturnType<typeof assess>, id: string) => {
  const found = result.dimensions.find((d) => d.dimensionId === id);
  if (!found) throw new Error(`no dimension ${id}`);
  return found;
};

const allSecurity = {
  mfa: value(['email', 'files', 'admin']),
  backups: value('yes'),
  website: value('provider'),
};

/** The example with its own level coverage threshold. */
const withThreshold = (levelCoverage: number) => {
  const definition = exampleCopy();
  definition.levelCoverage = levelCoverage;
  return prepare(definition);
};

const counts = (given: number, unanswered: number, notApplicable = 0): AnswerCounts => ({
  total: given + unanswered + notApplicable,
  answered: given,
  dontKnow: 0,
  notApplicable,
  unanswered,
  invalid: 0,
});

describe('answers needed for a level', () => {
  it('is the fewest further answers that bring coverage to the threshold', () => {
    expect(answersNeededForLevel(counts(2, 3), 0.8)).toBe(2);
    expect(answersNeededForLevel(counts(4, 1), 0.8)).toBe(0);
    // 80% of 6 is 4.8, so 5 answers
    expect(answersNeededForLevel(counts(0, 6), 0.8)).toBe(5);
    expect(answersNeededForLevel(counts(16, 28), 0.8)).toBe(20);
  });

  it('is not thrown off by floating-point noise', () => {
    // 56% of 25 is 14, though 0.56 × 25 is 14.000000000000002 in floating point
    expect(answersNeededForLevel(counts(0, 25), 0.56)).toBe(14);
  });

  it('leaves "not applicable" out of what is needed', () => {
    expect(answersNeededForLevel(counts(3, 1, 2), 0.8)).toBe(1);
    expect(answersNeededForLevel(counts(0, 0, 4), 0.8)).toBe(0);
  });

  it('asks for every question at a threshold of 1 and for none at 0', () => {
    expect(answersNeededForLevel(counts(9, 1), 1)).toBe(1);
    expect(answersNeededForLevel(counts(0, 10), 0)).toBe(0);
  });
});

describe('a dimension with too few answers', () => {
  it('keeps its score but has no level, and says how many more answers earn one', () => {
    const result = assess(exampleQuestionnaire, { mfa: value(['email', 'files', 'admin']) });
    expect(dimension(result, 'security')).toMatchObject({
      score: 100,
      level: null,
      provisional: true,
      missingForLevel: 2,
    });
  });

  it('earns its level at 80% coverage by default', () => {
    const result = assess(exampleQuestionnaire, allSecurity);
    expect(dimension(result, 'security')).toMatchObject({
      score: 100,
      level: 'established',
      provisional: false,
      missingForLevel: 0,
    });
  });

  it('counts "don\'t know" as an answer towards coverage', () => {
    const result = assess(exampleQuestionnaire, { ...allSecurity, backups: dontKnow });
    expect(dimension(result, 'security').provisional).toBe(false);
    expect(dimension(result, 'security').level).toBe('developing');
  });

  it('needs fewer answers when a question is not applicable', () => {
    const { website: _website, ...rest } = allSecurity;
    const result = assess(exampleQuestionnaire, { ...rest, website: notApplicable });
    expect(dimension(result, 'security')).toMatchObject({
      provisional: false,
      level: 'established',
    });
  });

  it('follows the threshold a definition sets', () => {
    const answers = { mfa: allSecurity.mfa, backups: allSecurity.backups };
    expect(dimension(assess(exampleQuestionnaire, answers), 'security').level).toBeNull();
    const lenient = assess(withThreshold(0.5), answers);
    expect(dimension(lenient, 'security')).toMatchObject({
      provisional: false,
      level: 'established',
    });
  });

  it('counts a follow-up question as soon as an answer reveals it', () => {
    // training at step 4 shows "training-budget", which is not answered yet: 1 of 2 is below 80%
    const result = assess(exampleQuestionnaire, { ...allSecurity, training: value(4) });
    expect(dimension(result, 'skills')).toMatchObject({
      score: 100,
      level: null,
      provisional: true,
      missingForLevel: 1,
    });
  });
});

describe('the overall level', () => {
  it('is given only when every weighted dimension has earned its level', () => {
    const result = assess(exampleQuestionnaire, bestAnswers);
    expect(result.overall).toMatchObject({
      score: 100,
      level: 'established',
      provisional: false,
      missingForLevel: 0,
    });
  });

  it('is provisional while one dimension lacks answers, however high the score', () => {
    const result = assess(exampleQuestionnaire, { ...allSecurity, training: value(4) });
    expect(result.overall).toMatchObject({
      score: 100,
      level: null,
      uncappedLevel: null,
      capped: false,
      provisional: true,
      missingForLevel: 1,
    });
  });

  it('asks for the sum of what each dimension still needs', () => {
    const result = assess(exampleQuestionnaire, { mfa: value(['email']) });
    expect(dimension(result, 'security').missingForLevel).toBe(2);
    expect(dimension(result, 'skills').missingForLevel).toBe(1);
    expect(result.overall).toMatchObject({ provisional: true, missingForLevel: 3, level: null });
  });

  it('is not held back by a dimension where no question applies', () => {
    const definition = exampleCopy();
    definition.questions = definition.questions.map((question) =>
      question.id === 'training' ? { ...question, allowNotApplicable: true } : question,
    );
    const result = assess(prepare(definition), { ...allSecurity, training: notApplicable });
    expect(dimension(result, 'skills')).toMatchObject({
      score: null,
      level: null,
      provisional: false,
      missingForLevel: 0,
    });
    expect(result.overall).toMatchObject({ provisional: false, level: 'established' });
  });

  it('is provisional when nothing is answered, asking for what every dimension needs', () => {
    const result = assess(exampleQuestionnaire, {});
    expect(result.overall).toMatchObject({
      score: null,
      level: null,
      provisional: true,
      missingForLevel: 4,
    });
  });
});

describe('critical questions in a provisional result', () => {
  it('still fail the baseline, but cap no level until one is earned', () => {
    const result = assess(exampleQuestionnaire, { mfa: value(['email', 'files']) });
    expect(result.baseline.status).toBe('not-met');
    expect(result.overall).toMatchObject({ provisional: true, level: null, capped: false });
  });

  it('cap the level once it is earned', () => {
    const result = assess(exampleQuestionnaire, { ...bestAnswers, mfa: value(['email', 'files']) });
    expect(result.overall).toMatchObject({
      provisional: false,
      uncappedLevel: 'established',
      level: 'starting',
      capped: true,
    });
  });

  it('leave the baseline incomplete while one is unanswered, whatever the coverage', () => {
    const { mfa: _mfa, ...rest } = bestAnswers;
    for (const threshold of [0, 0.5, 0.8, 1]) {
      const result = assess(withThreshold(threshold), rest);
      expect(result.baseline).toEqual({ status: 'incomplete', failed: [], unanswered: ['mfa'] });
    }
  });
});

describe('the level coverage threshold in a definition', () => {
  it('defaults to 80% when the definition does not set one', () => {
    expect(exampleQuestionnaire.definition.levelCoverage).toBe(0.8);
  });

  it('must be a share between 0 and 1', () => {
    for (const levelCoverage of [-0.1, 1.5, '80%']) {
      const definition = exampleCopy();
      definition.levelCoverage = levelCoverage;
      const parsed = parseQuestionnaire(definition);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.issues[0]?.path).toBe('$.levelCoverage');
    }
  });
});
