// One question: its prompt, help on demand, the answer controls for its kind, and an optional note.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../engine/answer';
import type { Question } from '../../engine/schema';
import { localize } from '../../lib/typography';
import { ChecklistQuestion } from './ChecklistQuestion';
import { ChoiceQuestion } from './ChoiceQuestion';
import { NoteField } from './NoteField';
import { TypedQuestion } from './TypedQuestion';
import { currentLanguage } from '../../lib/i18n';

interface Props {
  responseId: string;
  question: Question;
  number: number;
  total: number;
  answer: Answer | undefined;
  readOnly: boolean;
  /** Saves an answer; resolves whether it was stored. */
  onChange: (questionId: string, answer: Answer | null) => Promise<boolean>;
}

export function QuestionCard({
  responseId,
  question,
  number,
  total,
  answer,
  readOnly,
  onChange,
}: Props) {
  const { t, i18n } = useTranslation('questionnaire');
  const language = currentLanguage(i18n);
  const [helpOpen, setHelpOpen] = useState(false);
  const save = (next: Answer | null) => onChange(question.id, next);
  const change = (next: Answer | null) => {
    void save(next);
  };
  const promptId = `prompt-${question.id}`;
  const helpId = `help-${question.id}`;

  const control = (() => {
    switch (question.kind) {
      case 'scale':
      case 'yes-partly-no':
      case 'single-choice':
        return (
          <ChoiceQuestion
            question={question}
            answer={answer}
            disabled={readOnly}
            onChange={change}
          />
        );
      case 'checklist':
        return (
          <ChecklistQuestion
            question={question}
            answer={answer}
            disabled={readOnly}
            onChange={change}
          />
        );
      case 'number':
      case 'text':
        return (
          <TypedQuestion
            responseId={responseId}
            question={question}
            answer={answer}
            disabled={readOnly}
            labelledBy={promptId}
            onChange={save}
          />
        );
    }
  })();

  return (
    <fieldset className="question" id={`question-${question.id}`} tabIndex={-1}>
      <legend id={promptId}>
        <span className="question-number">{t('questionNumber', { number, total })}</span>{' '}
        <span className="question-prompt">{localize(question.prompt, language)}</span>
        {question.critical && <span className="badge badge-critical">{t('critical')}</span>}
      </legend>
      {question.help && (
        <div className="help">
          <button
            type="button"
            className="link-button"
            aria-expanded={helpOpen}
            aria-controls={helpId}
            onClick={() => {
              setHelpOpen((open) => !open);
            }}
          >
            {helpOpen ? t('hideHelp') : t('showHelp')}
          </button>
          <p id={helpId} className="help-text" hidden={!helpOpen}>
            {localize(question.help, language)}
          </p>
        </div>
      )}
      {control}
      <div className="question-actions">
        <NoteField
          responseId={responseId}
          questionId={question.id}
          answer={answer}
          disabled={readOnly}
          onChange={save}
        />
        {!readOnly &&
          answer !== undefined &&
          (answer.value !== undefined || answer.special !== undefined) && (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                change(answer.note ? { note: answer.note } : null);
              }}
            >
              {t('clearAnswer')}
            </button>
          )}
      </div>
    </fieldset>
  );
}
