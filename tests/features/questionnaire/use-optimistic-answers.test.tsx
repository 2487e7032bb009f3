// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/engine/answer';
import { useOptimisticAnswers } from '../../../src/features/questionnaire/use-optimistic-answers';

/** The hook over answers the test plays the database's live query for. */
function withStored(initial: Answers) {
  const view = renderHook(({ stored }) => useOptimisticAnswers(stored), {
    initialProps: { stored: initial },
  });
  return {
    shown: (questionId: string) => view.result.current.answers[questionId],
    give: (questionId: string, value: number) => {
      let settle: (saved: boolean) => void = () => undefined;
      act(() => {
        settle = view.result.current.give(questionId, { value });
      });
      return (saved: boolean) => {
        act(() => {
          settle(saved);
        });
      };
    },
    databaseReports: (stored: Answers) => {
      view.rerender({ stored });
    },
  };
}

describe('an answer given while its save is under way', () => {
  it('shows at once, before the database reports it', () => {
    const hook = withStored({ q1: { value: 1 } });
    hook.give('q1', 3);
    expect(hook.shown('q1')).toEqual({ value: 3 });
  });

  it('stays on screen when its save succeeds before the database reports it, however long that takes', () => {
    const hook = withStored({ q1: { value: 1 } });
    const settle = hook.give('q1', 3);
    settle(true);
    // another question's change is reported first: q1 is still the one replaced
    hook.databaseReports({ q1: { value: 1 }, q2: { value: 0 } });
    expect(hook.shown('q1')).toEqual({ value: 3 });
    hook.databaseReports({ q1: { value: 3 }, q2: { value: 0 } });
    expect(hook.shown('q1')).toEqual({ value: 3 });
  });

  it('ends once saved and reported, so a later change from another tab shows even if it restores the old answer', () => {
    const hook = withStored({ q1: { value: 1 } });
    const settle = hook.give('q1', 3);
    hook.databaseReports({ q1: { value: 3 } });
    settle(true);
    hook.databaseReports({ q1: { value: 1 } });
    expect(hook.shown('q1')).toEqual({ value: 1 });
  });

  it('gives way to another tab’s answer reported while it is being saved', () => {
    const hook = withStored({ q1: { value: 1 } });
    const settle = hook.give('q1', 3);
    hook.databaseReports({ q1: { value: 4 } });
    expect(hook.shown('q1')).toEqual({ value: 4 });
    settle(true);
    hook.databaseReports({ q1: { value: 1 } });
    expect(hook.shown('q1')).toEqual({ value: 1 });
  });

  it('shows the last of two quick answers while the first one’s save lands', () => {
    const hook = withStored({ q1: { value: 1 } });
    const first = hook.give('q1', 3);
    const second = hook.give('q1', 4);
    first(true);
    hook.databaseReports({ q1: { value: 3 } });
    expect(hook.shown('q1')).toEqual({ value: 4 });
    second(true);
    expect(hook.shown('q1')).toEqual({ value: 4 });
    hook.databaseReports({ q1: { value: 4 } });
    expect(hook.shown('q1')).toEqual({ value: 4 });
  });

  it('stays on screen, unsaved, when its save fails', () => {
    const hook = withStored({ q1: { value: 1 } });
    const settle = hook.give('q1', 3);
    settle(false);
    hook.databaseReports({ q1: { value: 1 }, q2: { value: 2 } });
    expect(hook.shown('q1')).toEqual({ value: 3 });
  });
});
