// The fields of a cost estimate: one-time, recurring (per month or year, for the organization or per
// staff member) and staff time, each as one figure or a range, with a message under the line that is
// wrong. Used to change a proposed action's estimate and to cost an own action.
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../components/FieldError';
import type { CostField, CostFormValues, CostProblem } from './cost-form';

interface Props {
  values: CostFormValues;
  onChange: (values: CostFormValues) => void;
  problems: Partial<Record<CostField, CostProblem>>;
}

const rangeFields = {
  oneTime: ['oneTimeMin', 'oneTimeMax'],
  recurring: ['recurringMin', 'recurringMax'],
  hours: ['hoursMin', 'hoursMax'],
} as const;

export function CostFields({ values, onChange, problems }: Props) {
  const { t } = useTranslation('roadmap');
  const id = useId();
  const set = (change: Partial<CostFormValues>) => {
    onChange({ ...values, ...change });
  };

  const range = (field: CostField, children?: ReactNode) => {
    const [low, high] = rangeFields[field];
    const problem = problems[field];
    const errorId = `${id}-${field}-error`;
    const invalid = problem === undefined ? undefined : true;
    const described = problem === undefined ? undefined : errorId;
    return (
      <fieldset className="cost-range" aria-describedby={described}>
        <legend>{t(`costEditor.${field}`)}</legend>
        <div className="cost-range-fields">
          <div className="field">
            <label htmlFor={`${id}-${low}`}>{t('costEditor.lowest')}</label>
            <input
              id={`${id}-${low}`}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              size={10}
              aria-invalid={invalid}
              aria-describedby={described}
              value={values[low]}
              onChange={(event) => {
                set({ [low]: event.target.value });
              }}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-${high}`}>{t('costEditor.highest')}</label>
            <input
              id={`${id}-${high}`}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              size={10}
              aria-invalid={invalid}
              aria-describedby={described}
              value={values[high]}
              onChange={(event) => {
                set({ [high]: event.target.value });
              }}
            />
          </div>
          {children}
        </div>
        <FieldError
          id={errorId}
          message={problem === undefined ? undefined : t(`costEditor.problem.${problem}`)}
        />
      </fieldset>
    );
  };

  return (
    <fieldset className="cost-fields stack-small" aria-describedby={`${id}-hint`}>
      <legend>{t('costEditor.legend')}</legend>
      <p id={`${id}-hint`} className="hint">
        {t('costEditor.hint')}
      </p>
      {range('oneTime')}
      {range(
        'recurring',
        <>
          <div className="field">
            <label htmlFor={`${id}-per`}>{t('costEditor.per')}</label>
            <select
              id={`${id}-per`}
              value={values.recurringPer}
              onChange={(event) => {
                set({ recurringPer: event.target.value === 'year' ? 'year' : 'month' });
              }}
            >
              <option value="month">{t('costEditor.perMonth')}</option>
              <option value="year">{t('costEditor.perYear')}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-scope`}>{t('costEditor.scope')}</label>
            <select
              id={`${id}-scope`}
              value={values.recurringScope}
              onChange={(event) => {
                set({
                  recurringScope: event.target.value === 'staff' ? 'staff' : 'organization',
                });
              }}
            >
              <option value="organization">{t('costEditor.scopeOrganization')}</option>
              <option value="staff">{t('costEditor.scopeStaff')}</option>
            </select>
          </div>
        </>,
      )}
      {range('hours')}
    </fieldset>
  );
}
