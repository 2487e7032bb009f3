// Number and free-text questions: typed answers, saved as the person types (see useTypedField).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../engine/answer';
import type { Question } from '../../engine/schema';
import { localize } from '../../lib/typography';
import { withSpecial, withValue } from './answer-change';
import { useTypedField } from '../../state/typed-field/use-typed-field';
import { answerKey } from '../../domain/drafts';
import { currentLanguage } from '../../lib/i18n';

interface Props {
  responseId: string;
  question: Extract<Question, { kind: 'number' | 'text' }>;
  answer: Answer | undefined;
  disabled: boolean;
  labelledBy: string;
  /** Saves the answer; resolves whether it was stored. */
  onChange: (answer: Answer | null) => Promise<boolean>;
}

function storedText(answer: Answer | undefined): string {
  return answer?.special === undefined && answer?.value !== undefined ? String(answer.value) : '';
}

export function TypedQuestion({
  responseId,
  question,
  answer,
  disabled,
  labelledBy,
  onChange,
}: Props) {
  const { t, i18n } = useTranslation(['questionnaire', 'common']);
  const language = currentLanguage(i18n);
  const [error, setError] = useState<string | null>(null);
  const latestAnswer = useRef(answer);
  useEffect(() => {
    latestAnswer.current = answer;
  });

  const commit = (raw: string): Promise<boolean> | undefined => {
    if (question.kind === 'text') {
      return onChange(withValue(latestAnswer.current, raw.trim() === '' ? undefined : raw));
    }
    if (raw.trim() === '') {
      setError(null);
      return onChange(withValue(latestAnswer.current, undefined));
    }
    const number = Number(raw.replace(',', '.'));
    const { min, max } = question;
    if (!Number.isFinite(number)) {
      setError(t('numberInvalid'));
    } else if ((min !== undefined && number < min) || (max !== undefined && number > max)) {
      setError(t('numberOutOfRange', { min: min ?? '−∞', max: max ?? '∞' }));
    } else {
      setError(null);
      return onChange(withValue(latestAnswer.current, number));
    }
    return undefined;
  };
  const field = useTypedField(storedText(answer), commit, {
    key: answerKey(responseId, question.id),
    disabled,
  });

  const inputId = `input-${question.id}`;
  const errorId = `error-${question.id}`;
  const common = {
    ...field,
    id: inputId,
    disabled: disabled || answer?.special !== undefined,
    'aria-labelledby': labelledBy,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
  };

  return (
    <div className="stack-small">
      {question.kind === 'text' ? (
        <textarea {...common} rows={3} />
      ) : (
        <span className="number-field">
          <input {...common} type="text" inputMode="decimal" />
          {question.unit && <span>{localize(question.unit, language)}</span>}
        </span>
      )}
      <p id={errorId} className="field-error" role={error ? 'alert' : undefined}>
        {error}
      </p>
      {question.allowDontKnow && (
        <label className="choice choice-special">
          <input
            type="checkbox"
            checked={answer?.special === 'dont-know'}
            disabled={disabled}
            onChange={(event) => {
              void onChange(withSpecial(answer, event.target.checked ? 'dont-know' : undefined));
            }}
          />
          <span>{t('common:answer.dontKnow')}</span>
        </label>
      )}
      {question.allowNotApplicable && (
        <label className="choice choice-special">
          <input
            type="checkbox"
            checked={answer?.special === 'not-applicable'}
            disabled={disabled}
            onChange={(event) => {
              void onChange(
                withSpecial(answer, event.target.checked ? 'not-applicable' : undefined),
              );
            }}
          />
          <span>{t('common:answer.notApplicable')}</span>
        </label>
      )}
    </div>
  );
}
