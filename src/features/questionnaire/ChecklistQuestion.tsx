// A checklist: tick every option that applies, or "none of these" (an answer, unlike leaving it blank).
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../engine/answer';
import type { Question } from '../../engine/schema';
import { localize } from '../../lib/typography';
import { withSpecial, withValue } from './answer-change';
import { currentLanguage } from '../../lib/i18n';

interface Props {
  question: Extract<Question, { kind: 'checklist' }>;
  answer: Answer | undefined;
  disabled: boolean;
  onChange: (answer: Answer | null) => void;
}

export function ChecklistQuestion({ question, answer, disabled, onChange }: Props) {
  const { t, i18n } = useTranslation(['questionnaire', 'common']);
  const language = currentLanguage(i18n);
  const ticked =
    answer?.special === undefined && Array.isArray(answer?.value) ? answer.value : undefined;

  const toggle = (optionId: string, on: boolean) => {
    const current = ticked ?? [];
    const next = on ? [...current, optionId] : current.filter((id) => id !== optionId);
    // keep the definition's order so the stored answer reads the same whatever order boxes were ticked
    const ordered = question.options.map((o) => o.id).filter((id) => next.includes(id));
    onChange(withValue(answer, ordered.length === 0 && !on ? undefined : ordered));
  };

  return (
    <div className="choices choices-checklist">
      {question.options.map((option) => (
        <label key={option.id} className="choice">
          <input
            type="checkbox"
            checked={ticked?.includes(option.id) ?? false}
            disabled={disabled}
            onChange={(event) => {
              toggle(option.id, event.target.checked);
            }}
          />
          <span>{localize(option.label, language)}</span>
        </label>
      ))}
      <label className="choice choice-special">
        <input
          type="checkbox"
          checked={ticked !== undefined && ticked.length === 0}
          disabled={disabled}
          onChange={(event) => {
            onChange(withValue(answer, event.target.checked ? [] : undefined));
          }}
        />
        <span>{t('common:answer.none')}</span>
      </label>
      {question.allowDontKnow && (
        <label className="choice choice-special">
          <input
            type="checkbox"
            checked={answer?.special === 'dont-know'}
            disabled={disabled}
            onChange={(event) => {
              onChange(withSpecial(answer, event.target.checked ? 'dont-know' : undefined));
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
              onChange(withSpecial(answer, event.target.checked ? 'not-applicable' : undefined));
            }}
          />
          <span>{t('common:answer.notApplicable')}</span>
        </label>
      )}
    </div>
  );
}
