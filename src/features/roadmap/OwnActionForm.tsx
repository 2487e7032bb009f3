// Adding an action the organization plans itself: title, description, when, cost, owner, target
// date, status and funding. Opened on demand; the title is the only field required.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../lib/i18n';
import { FieldError } from '../../components/FieldError';
import { actionStatuses } from '../../engine/action-inputs';
import { fundingSources } from '../../engine/funding';
import { HORIZONS } from '../../engine/roadmap';
import { showNotice } from '../../state/notice-store';
import { addOwn } from '../../state/commands/own-actions';
import { CostFields } from './CostFields';
import { thisMonth, type CostField, type CostProblem } from './cost-form';
import { emptyOwnActionForm, readOwnActionForm, type OwnActionFormValues } from './own-action-form';

export function OwnActionForm({ cycleId }: { cycleId: string }) {
  const { t, i18n } = useTranslation(['roadmap', 'common']);
  const language = currentLanguage(i18n);
  const id = useId();
  const opener = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState(emptyOwnActionForm);
  const [titleMissing, setTitleMissing] = useState(false);
  const [costProblems, setCostProblems] = useState<Partial<Record<CostField, CostProblem>>>({});
  const [saving, setSaving] = useState(false);
  const set = (change: Partial<OwnActionFormValues>) => {
    setValues({ ...values, ...change });
  };
  const close = () => {
    setOpen(false);
    setValues(emptyOwnActionForm());
    setTitleMissing(false);
    setCostProblems({});
    opener.current?.focus();
  };

  const submit = async () => {
    const read = readOwnActionForm(values, language, thisMonth());
    if (!read.ok) {
      setTitleMissing(read.titleMissing);
      setCostProblems(read.costProblems);
      return;
    }
    setSaving(true);
    const saved = await addOwn(cycleId, read.fields);
    setSaving(false);
    if (!saved) return;
    showNotice('info', 'roadmap:own.added', { title: read.fields.title });
    close();
  };

  return (
    <section className="own-actions stack-small" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('own.heading')}</h2>
      <p>{t('own.intro')}</p>
      <button
        ref={opener}
        type="button"
        className="disclosure"
        aria-expanded={open}
        aria-controls={`${id}-form`}
        onClick={() => {
          if (open) close();
          else setOpen(true);
        }}
      >
        {t('own.add')}
      </button>
      {open && (
        <form
          id={`${id}-form`}
          className="card stack-small own-action-form"
          noValidate
          aria-labelledby={`${id}-legend`}
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <h3 id={`${id}-legend`}>{t('own.legend')}</h3>
          <div className="field">
            <label htmlFor={`${id}-title`}>{t('own.title')}</label>
            <input
              id={`${id}-title`}
              type="text"
              maxLength={200}
              autoComplete="off"
              aria-invalid={titleMissing ? true : undefined}
              aria-describedby={titleMissing ? `${id}-title-error` : undefined}
              value={values.title}
              onChange={(event) => {
                set({ title: event.target.value });
              }}
            />
            <FieldError
              id={`${id}-title-error`}
              message={titleMissing ? t('own.titleRequired') : undefined}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-description`}>{t('own.description')}</label>
            <textarea
              id={`${id}-description`}
              rows={2}
              maxLength={4000}
              value={values.description}
              onChange={(event) => {
                set({ description: event.target.value });
              }}
            />
          </div>
          <fieldset>
            <legend>{t('own.horizon')}</legend>
            {HORIZONS.map((horizon) => (
              <label key={horizon} className="choice">
                <input
                  type="radio"
                  name={`${id}-horizon`}
                  value={horizon}
                  checked={values.horizon === horizon}
                  onChange={() => {
                    set({ horizon });
                  }}
                />
                <span>
                  {t(`common:horizon.${horizon}`)}{' '}
                  <span className="muted">({t(`common:horizon.${horizon}Hint`)})</span>
                </span>
              </label>
            ))}
          </fieldset>
          <CostFields
            values={values.cost}
            onChange={(cost) => {
              set({ cost });
            }}
            problems={costProblems}
          />
          <div className="field">
            <label htmlFor={`${id}-owner`}>{t('editor.owner')}</label>
            <input
              id={`${id}-owner`}
              type="text"
              maxLength={200}
              autoComplete="off"
              value={values.owner}
              onChange={(event) => {
                set({ owner: event.target.value });
              }}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-date`}>{t('editor.targetDate')}</label>
            <input
              id={`${id}-date`}
              type="date"
              value={values.targetDate}
              onChange={(event) => {
                set({ targetDate: event.target.value });
              }}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-status`}>{t('editor.status')}</label>
            <select
              id={`${id}-status`}
              value={values.status}
              onChange={(event) => {
                set({ status: actionStatuses.find((s) => s === event.target.value) ?? '' });
              }}
            >
              <option value="">{t('status.proposed')}</option>
              {actionStatuses.map((value) => (
                <option key={value} value={value}>
                  {t(`status.${value}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-funding`}>{t('funding.label')}</label>
            <select
              id={`${id}-funding`}
              value={values.fundingSource}
              onChange={(event) => {
                set({ fundingSource: fundingSources.find((s) => s === event.target.value) ?? '' });
              }}
            >
              <option value="">{t('funding.source.none')}</option>
              {fundingSources.map((value) => (
                <option key={value} value={value}>
                  {t(`funding.source.${value}`)}
                </option>
              ))}
            </select>
          </div>
          {values.fundingSource === 'other-funder' && (
            <div className="field">
              <label htmlFor={`${id}-funder`}>{t('funding.funder')}</label>
              <input
                id={`${id}-funder`}
                type="text"
                maxLength={200}
                autoComplete="off"
                value={values.funder}
                onChange={(event) => {
                  set({ funder: event.target.value });
                }}
              />
            </div>
          )}
          <div className="button-row">
            <button type="submit" className="primary" disabled={saving}>
              {t('own.submit')}
            </button>
            <button type="button" onClick={close}>
              {t('common:cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
