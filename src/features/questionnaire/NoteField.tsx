// The optional note under a question, opened on demand and saved as it is typed.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../engine/answer';
import { withNote } from './answer-change';
import { useDebouncedCommit } from '../../components/use-debounced-commit';

interface Props {
  responseId: string;
  questionId: string;
  answer: Answer | undefined;
  disabled: boolean;
  /** Saves the answer; resolves whether it was stored. */
  onChange: (answer: Answer | null) => Promise<boolean>;
}

export function NoteField({ responseId, questionId, answer, disabled, onChange }: Props) {
  const { t } = useTranslation('questionnaire');
  const stored = answer?.note ?? '';
  const latestAnswer = useRef(answer);
  useEffect(() => {
    latestAnswer.current = answer;
  });
  const { schedule, flush, recovered } = useDebouncedCommit(
    (note) => onChange(withNote(latestAnswer.current, note)),
    { draft: { key: `note:${responseId}:${questionId}`, stored, disabled } },
  );
  const [opened, setOpened] = useState(false);
  const [text, setText] = useState(recovered ?? stored);
  const [editing, setEditing] = useState(false);
  // Follow changes made elsewhere (another tab) unless the person is typing here.
  const [seen, setSeen] = useState(stored);
  if (stored !== seen) {
    setSeen(stored);
    if (!editing) setText(stored);
  }
  const textarea = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (opened) textarea.current?.focus();
  }, [opened]);

  const id = `note-${questionId}`;
  if (!opened && text === '' && stored === '') {
    return disabled ? null : (
      <button
        type="button"
        className="link-button"
        onClick={() => {
          setOpened(true);
        }}
      >
        {t('addNote')}
      </button>
    );
  }
  return (
    <div className="field note-field">
      <label htmlFor={id}>{t('note')}</label>
      <textarea
        id={id}
        ref={textarea}
        rows={2}
        value={text}
        disabled={disabled}
        aria-describedby={`${id}-hint`}
        onFocus={() => {
          setEditing(true);
        }}
        onBlur={() => {
          setEditing(false);
          flush();
        }}
        onChange={(event) => {
          setText(event.target.value);
          schedule(event.target.value);
        }}
      />
      <p id={`${id}-hint`} className="hint">
        {t('noteHint')}
      </p>
    </div>
  );
}
