// The optional note under a question, opened on demand and saved as it is typed.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../engine/answer';
import { withNote } from './answer-change';
import { useTypedField } from '../../state/typed-field/use-typed-field';
import { noteKey } from '../../domain/drafts';

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
  const field = useTypedField(stored, (note) => onChange(withNote(latestAnswer.current, note)), {
    key: noteKey(responseId, questionId),
    disabled,
  });
  const [opened, setOpened] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (opened) textarea.current?.focus();
  }, [opened]);

  const id = `note-${questionId}`;
  if (!opened && field.value === '' && stored === '') {
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
        disabled={disabled}
        aria-describedby={`${id}-hint`}
        {...field}
      />
      <p id={`${id}-hint`} className="hint">
        {t('noteHint')}
      </p>
    </div>
  );
}
