// Questions answered by picking one option: maturity scales, yes/partly/no and single choice. "Don't
// know" and "not applicable", when offered, sit in the same radio group so arrow keys reach them.
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../engine/answer';
import type { Question } from '../../engine/schema';
import { localize } from '../../lib/typography';
import { withSpecial, withValue } from './answer-change';
import { currentLanguage } from '../../lib/i18n';

type ChoiceKind = Extract<Question, { kind: 'scale' | 'yes-partly-no' | 'single-choice' }>;

interface Option {
  key: string;
  label: string;
  detail?: string;
  select: () => Answer | null;
  checked: boolean;
}

interface Props {
  question: ChoiceKind;
  answer: Answer | undefined;
  disabled: boolean;
  onChange: (answer: Answer | null) => void;
}

export function ChoiceQuestion({ question, answer, disabled, onChange }: Props) {
  const { t, i18n } = useTranslation(['questionnaire', 'common']);
  const language = currentLanguage(i18n);
  const value = answer?.special === undefined ? answer?.value : undefined;

  const options: Option[] = (() => {
    switch (question.kind) {
      case 'scale':
        return question.anchors.map((anchor, step) => ({
          key: String(step),
          label: t('step', { step }),
          detail: localize(anchor, language),
          select: () => withValue(answer, step),
          checked: value === step,
        }));
      case 'yes-partly-no':
        return (['yes', 'partly', 'no'] as const).map((option) => ({
          key: option,
          label: t(`common:answer.${option}`),
          select: () => withValue(answer, option),
          checked: value === option,
        }));
      case 'single-choice':
        return question.options.map((option) => ({
          key: option.id,
          label: localize(option.label, language),
          select: () => withValue(answer, option.id),
          checked: value === option.id,
        }));
    }
  })();
  if (question.allowDontKnow) {
    options.push({
      key: 'dont-know',
      label: t('common:answer.dontKnow'),
      select: () => withSpecial(answer, 'dont-know'),
      checked: answer?.special === 'dont-know',
    });
  }
  if (question.allowNotApplicable) {
    options.push({
      key: 'not-applicable',
      label: t('common:answer.notApplicable'),
      select: () => withSpecial(answer, 'not-applicable'),
      checked: answer?.special === 'not-applicable',
    });
  }

  const name = `answer-${question.id}`;
  return (
    <div className={`choices choices-${question.kind}`}>
      {options.map((option) => (
        <label
          key={option.key}
          className={`choice${option.key === 'dont-know' || option.key === 'not-applicable' ? ' choice-special' : ''}`}
        >
          <input
            type="radio"
            name={name}
            value={option.key}
            checked={option.checked}
            disabled={disabled}
            onChange={() => {
              onChange(option.select());
            }}
          />
          <span>
            <span className="choice-label">{option.label}</span>
            {option.detail !== undefined && <span className="choice-detail"> {option.detail}</span>}
          </span>
        </label>
      ))}
    </div>
  );
}
