import { describe, expect, it } from 'vitest';
import { responseProgress } from '../../src/engine/progress';
import { dontKnow, exampleQuestionnaire, notApplicable, value } from '../support/example';

describe('response progress', () => {
  it('counts visible questions answered, with "don\'t know" and "not applicable" as answers', () => {
    const progress = responseProgress(exampleQuestionnaire, {
      mfa: value(['email']),
      backups: dontKnow,
      website: notApplicable,
    });
    expect(progress.byDimension.security).toEqual({ answered: 3, total: 3 });
    // skills: staff-count and training are visible; training-budget is hidden; comments is free text
    expect(progress.byDimension.skills).toEqual({ answered: 0, total: 2 });
    expect(progress).toMatchObject({
      answered: 3,
      total: 5,
      unanswered: ['staff-count', 'training'],
    });
  });

  it('adds a question to the total once its display condition holds', () => {
    const progress = responseProgress(exampleQuestionnaire, { training: value(3) });
    expect(progress.byDimension.skills).toEqual({ answered: 1, total: 3 });
  });
});
