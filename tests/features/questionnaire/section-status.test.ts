import { describe, expect, it } from 'vitest';
import { sectionStatus } from '../../../src/features/questionnaire/section-status';

describe('a section’s status in the task list', () => {
  it('is not started while none of its questions has an answer', () => {
    expect(sectionStatus({ answered: 0, total: 4 })).toBe('not-started');
  });

  it('is in progress once some, but not all, of its questions have an answer', () => {
    expect(sectionStatus({ answered: 1, total: 4 })).toBe('in-progress');
    expect(sectionStatus({ answered: 3, total: 4 })).toBe('in-progress');
  });

  it('is done when every question shown in it has an answer, or when all its questions are skipped', () => {
    expect(sectionStatus({ answered: 4, total: 4 })).toBe('done');
    expect(sectionStatus({ answered: 0, total: 0 })).toBe('done');
  });
});
