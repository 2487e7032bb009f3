// A typed roadmap field (owner, target date, note) that saves shortly after typing stops and at once
// when it loses focus, and follows changes made elsewhere (another tab) unless someone is typing here.
import { useState, type ChangeEvent } from 'react';
import { useDebouncedCommit } from '../../components/use-debounced-commit';

export function useEditField(stored: string, save: (value: string) => void) {
  const [text, setText] = useState(stored);
  const [editing, setEditing] = useState(false);
  const [seen, setSeen] = useState(stored);
  if (stored !== seen) {
    setSeen(stored);
    if (!editing) setText(stored);
  }
  const { schedule, flush } = useDebouncedCommit((value) => {
    save(value);
    return undefined;
  });

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
