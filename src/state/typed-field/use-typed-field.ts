// A typed field (an answer, a note, a roadmap owner…) that saves shortly after typing stops and at once
// when it loses focus, keeps what is typed as a draft until saved (see useDebouncedCommit), and follows
// changes made elsewhere (another tab) unless someone is typing here. Spread it on the input.
import { useState, type ChangeEvent } from 'react';
import { useDebouncedCommit } from './use-debounced-commit';

export function useTypedField(
  stored: string,
  save: (value: string) => Promise<boolean> | undefined,
  draft: { key: string; disabled: boolean },
) {
  const { schedule, flush, recovered } = useDebouncedCommit(save, {
    draft: { ...draft, stored },
  });
  const [text, setText] = useState(recovered ?? stored);
  const [editing, setEditing] = useState(false);
  const [seen, setSeen] = useState(stored);
  if (stored !== seen) {
    setSeen(stored);
    if (!editing) setText(stored);
  }

  return {
    value: text,
    onFocus: () => {
      setEditing(true);
    },
    onBlur: () => {
      setEditing(false);
      flush();
    },
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      setText(event.target.value);
      schedule(event.target.value);
    },
  };
}
