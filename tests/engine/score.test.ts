import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess';
import {
  bestAnswers,
  dontKnow,
  exampleQuestionnaire,
  notApplicable,
  value,
  worstAnswers,
} from '../support/example';

const dimension = (result: ReturnType<typeof assess>, id: string) => {
  const found = result.dimensions.find((d) => d.dimensionId === id);
  if (!found) throw new Error(`no dimension ${id}`);
  return found;
};

describe('scoring answers', () => {
  it('gives 100 and the top level when every answer is the best one', () => {
    const result = assess(exampleQuestionnaire, bestAnswers);
    expect(result.overall.score).toBe(100);
    expect(result.overall.level).toBe('established');
    expect(result.baseline.status).toBe('met');
  });

  it('gives 0 and the bottom level when every answer is the worst one', () => {
    const result = assess(exampleQuestionnaire, worstAnswers);
    expect(result.overall.score).toBe(0);
    expect(result.overall.level).toBe('starting');
  });

  it('scores a checklist as the weighted share of options ticked', () => {
    // email weighs 2 of a total weight of 4
    const result = assess(exampleQuestionnaire, { mfa: value(['email']) });
    expect(result.questions.find((q) => q.questionId === 'mfa')?.score).toBe(0.5);
    expect(dimension(result, 'security').score).toBe(50);
  });

  it('scores a scale step as step / 4 and yes / partly / no as 1 / 0.5 / 0', () => {
    const result = assess(exampleQuestionnaire, { training: value(3), backups: value('partly') });
    expect(result.questions.find((q) => q.questionId === 'training')?.score).toBe(0.75);
    expect(result.questions.find((q) => q.questionId === 'backups')?.score).toBe(0.5);
  });

  it('weights question scores inside a dimension', () => {
    // training 4/4 (weight 1) and training-budget "no" (weight 2): (1 + 0) / 3
    const result = assess(exampleQuestionnaire, {
      training: value(4),
      'training-budget': value('no'),
    });
    expect(dimension(result, 'skills').score).toBeCloseTo(33.333333, 5);
  });

  it('weights dimensions in the overall score', () => {
    // security (weight 2) scores 100, skills (weight 1) scores 0
    const result = assess(exampleQuestionnaire, {
      mfa: value(['email', 'files', 'admin']),
      backups: value('yes'),
      website: value('provider'),
      training: value(0),
    });
    expect(result.overall.score).toBeCloseTo(66.666667, 5);
  });

  it('leaves unanswered questions out of the score but lowers coverage', () => {
    const result = assess(exampleQuestionnaire, { mfa: value(['email', 'files', 'admin']) });
    const security = dimension(result, 'security');
    expect(security.score).toBe(100);
    expect(security.coverage).toBeCloseTo(1 / 3, 6);
    expect(security.counts.unanswered).toBe(2);
  });

  it('excludes "not applicable" from score, coverage and confidence alike', () => {
    const result = assess(exampleQuestionnaire, {
      mfa: value(['email', 'files', 'admin']),
      backups: value('no'),
      website: notApplicable,
    });
    const security = dimension(result, 'security');
    expect(security.score).toBe(50);
    expect(security.coverage).toBe(1);
    expect(security.counts.notApplicable).toBe(1);
  });

  it('counts "don\'t know" as 0 and reports it as lower confidence', () => {
    const result = assess(exampleQuestionnaire, {
      mfa: value(['email', 'files', 'admin']),
      website: value('provider'),
      backups: dontKnow,
    });
    const security = dimension(result, 'security');
    expect(security.score).toBeCloseTo(66.666667, 5);
    expect(security.confidence).toBeCloseTo(2 / 3, 6);
    expect(security.coverage).toBe(1);
  });

  it('reports no score, no level and no confidence for a dimension with nothing answered', () => {
    const result = assess(exampleQuestionnaire, {});
    expect(dimension(result, 'skills')).toMatchObject({
      score: null,
      level: null,
      confidence: null,
      coverage: 0,
    });
    expect(result.overall.score).toBeNull();
  });

  it('treats a stored answer that no longer fits its question as unanswered and lists it', () => {
    const result = assess(exampleQuestionnaire, {
      website: value('agency-that-no-longer-exists'),
      training: value(9),
      mfa: value(['email', 'bogus']),
      backups: { special: 'not-applicable' },
    });
    expect(result.invalidAnswers).toEqual(['mfa', 'backups', 'website', 'training']);
    expect(result.overall.score).toBeNull();
  });

  it('ignores unscored number and text questions in scores', () => {
    const withContext = assess(exampleQuestionnaire, {
      ...bestAnswers,
      comments: value('All good'),
    });
    expect(withContext.overall.score).toBe(100);
    expect(withContext.overall.counts.total).toBe(5);
  });

  it('carries the questionnaire id, version and content hash', () => {
    const result = assess(exampleQuestionnaire, {});
    expect(result.questionnaire).toEqual({
      id: 'example',
      version: '1.0.0',
      contentHash: exampleQuestionnaire.contentHash,
    });
    expect(result.questionnaire.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('display conditions', () => {
  it('hides a question until its condition holds, and leaves hidden answers out everywhere', () => {
    const hidden = assess(exampleQuestionnaire, {
      training: value(1),
      'training-budget': value('no'),
    });
    const budget = hidden.questions.find((q) => q.questionId === 'training-budget');
    expect(budget?.visible).toBe(false);
    expect(budget?.score).toBeNull();
    expect(dimension(hidden, 'skills').score).toBe(25);
    expect(dimension(hidden, 'skills').counts.total).toBe(1);

    const shown = assess(exampleQuestionnaire, {
      training: value(2),
      'training-budget': value('no'),
    });
    expect(shown.questions.find((q) => q.questionId === 'training-budget')?.visible).toBe(true);
    expect(dimension(shown, 'skills').counts.total).toBe(2);
  });
});

describe('critical questions', () => {
  it('caps the overall level and says the baseline is not met when a critical question is unmet', () => {
    const result = assess(exampleQuestionnaire, {
      ...bestAnswers,
      mfa: value(['email', 'files']),
    });
    expect(result.overall.uncappedLevel).toBe('established');
    expect(result.overall.level).toBe('starting');
    expect(result.overall.capped).toBe(true);
    expect(result.baseline).toEqual({ status: 'not-met', failed: ['mfa'], unanswered: [] });
  });

  it('counts a critical question as met at its pass score', () => {
    const result = assess(exampleQuestionnaire, { ...bestAnswers, backups: value('partly') });
    expect(result.baseline.status).toBe('met');
    expect(result.overall.capped).toBe(false);
  });

  it('does not let "don\'t know" pass a critical question', () => {
    const result = assess(exampleQuestionnaire, { ...bestAnswers, backups: dontKnow });
    expect(result.baseline.failed).toEqual(['backups']);
  });

  it('calls the baseline incomplete while a critical question is unanswered', () => {
    const { mfa: _mfa, ...rest } = bestAnswers;
    const result = assess(exampleQuestionnaire, rest);
    expect(result.baseline).toEqual({ status: 'incomplete', failed: [], unanswered: ['mfa'] });
  });
});
