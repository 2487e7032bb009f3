// A typed roadmap field (owner, target date, note) that saves shortly after typing stops and at once
// when it loses focus, and follows changes made elsewhere (another tab) unless someone is typing here.
// What is typed is kept as a draft until saved (see useDebouncedCommit), so a closed tab loses nothing.
import { useState, type ChangeEvent } from 'react';
import { useDebouncedCommit } from '../../components/use-debounced-commit';

export function useEditField(
  stored: string,
  save: (value: string) => Promise<boolean>,
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
