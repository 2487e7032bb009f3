// @vitest-environment jsdom
// Typed text is mirrored as a draft until its save succeeds; a field that opens with a draft saves it.
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useDebouncedCommit } from '../../../src/state/typed-field/use-debounced-commit';
import { readDraft } from '../../../src/storage/typed-drafts';

function Field({
  stored,
  save,
}: {
  stored: string;
  save: (value: string) => Promise<boolean> | undefined;
}) {
  const { schedule, flush, recovered } = useDebouncedCommit(save, {
    draft: { key: 'note:r1:q1', stored },
  });
  const [text, setText] = useState(recovered ?? stored);
  return (
    <label>
      Note
      <textarea
        value={text}
        onBlur={flush}
        onChange={(event) => {
          setText(event.target.value);
          schedule(event.target.value);
        }}
      />
    </label>
  );
}

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('useDebouncedCommit with a draft', () => {
  it('keeps what is typed as a draft until the save reports success', async () => {
    let finishSave: (saved: boolean) => void = () => undefined;
    const save = vi.fn(
      () =>
        new Promise<boolean>((resolve) => {
          finishSave = resolve;
        }),
    );
    render(<Field stored="" save={save} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Note' }), 'Ask');
    expect(readDraft('note:r1:q1')).toBe('Ask');

    await userEvent.tab(); // leaving the field saves at once
    expect(save).toHaveBeenCalledWith('Ask');
    expect(readDraft('note:r1:q1')).toBe('Ask');
    await act(async () => {
      finishSave(true);
      await Promise.resolve();
    });
    expect(readDraft('note:r1:q1')).toBeNull();
  });

  it('keeps the draft when the save fails (a full disk), so the text is not lost', async () => {
    const save = vi.fn(() => Promise.resolve(false));
    render(<Field stored="" save={save} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Note' }), 'Call IT');
    await userEvent.tab();
    await act(() => Promise.resolve());
    expect(save).toHaveBeenCalledWith('Call IT');
    expect(readDraft('note:r1:q1')).toBe('Call IT');
  });

  it('shows and saves a draft left by a tab closed mid-typing', () => {
    vi.useFakeTimers();
    try {
      localStorage.setItem('boussole.draft.note:r1:q1', 'Ask the board');
      const save = vi.fn(() => Promise.resolve(true));
      render(<Field stored="" save={save} />);
      expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('Ask the board');
      act(() => {
        vi.advanceTimersByTime(500);
      });
      expect(save).toHaveBeenCalledWith('Ask the board');
    } finally {
      vi.useRealTimers();
    }
  });

  it('drops a draft the database already holds, without saving it again', () => {
    localStorage.setItem('boussole.draft.note:r1:q1', 'Same');
    const save = vi.fn(() => Promise.resolve(true));
    render(<Field stored="Same" save={save} />);
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('Same');
    expect(readDraft('note:r1:q1')).toBeNull();
    expect(save).not.toHaveBeenCalled();
  });
});
