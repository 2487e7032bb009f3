// Two lists of cycles and a Compare button. Any two different cycles can be chosen, in either box: the
// older one is always put first. Choosing the same cycle twice is refused with a message.
import { cycleLabel } from '../../domain/cycle-period';
import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../components/FieldError';
import { navigate } from '../../routing/route-store';
import type { Cycle } from '../../domain/cycle';

interface Props {
  /** Every cycle, newest first. */
  cycles: readonly Cycle[];
  earlierCycleId?: string | undefined;
  laterCycleId?: string | undefined;
}

export function CyclePicker({ cycles, earlierCycleId, laterCycleId }: Props) {
  const { t } = useTranslation(['compare', 'common']);
  const id = useId();
  const known = (cycleId: string | undefined) =>
    cycles.some((cycle) => cycle.id === cycleId) ? cycleId : undefined;
  const [later, setLater] = useState(known(laterCycleId) ?? cycles[0]?.id ?? '');
  const [earlier, setEarlier] = useState(known(earlierCycleId) ?? cycles[1]?.id ?? '');
  const [error, setError] = useState<string | undefined>(undefined);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (earlier === later) {
      setError(t('picker.same'));
      return;
    }
    setError(undefined);
    const chosen = cycles.filter((cycle) => cycle.id === earlier || cycle.id === later);
    const [older, newer] = [...chosen].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    if (older === undefined || newer === undefined) return;
    navigate({ name: 'compare', earlierCycleId: older.id, laterCycleId: newer.id });
  };

  const options = cycles.map((cycle) => (
    <option key={cycle.id} value={cycle.id}>
      {t('picker.option', {
        name: cycleLabel(cycle),
        date: t('common:date', { value: new Date(cycle.createdAt) }),
      })}
    </option>
  ));

  return (
    <form className="compare-picker stack-small" onSubmit={submit} noValidate>
      <p id={`${id}-hint`} className="hint">
        {t('picker.hint')}
      </p>
      <div className="compare-picker-fields">
        <div className="field">
          <label htmlFor={`${id}-earlier`}>{t('picker.earlier')}</label>
          <select
            id={`${id}-earlier`}
            value={earlier}
            aria-describedby={`${id}-hint`}
            onChange={(event) => {
              setEarlier(event.target.value);
              setError(undefined);
            }}
          >
            {options}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-later`}>{t('picker.later')}</label>
          <select
            id={`${id}-later`}
            value={later}
            aria-invalid={error === undefined ? undefined : true}
            aria-describedby={`${id}-error`}
            onChange={(event) => {
              setLater(event.target.value);
              setError(undefined);
            }}
          >
            {options}
          </select>
          <FieldError id={`${id}-error`} message={error} />
        </div>
      </div>
      <p>
        <button type="submit" className="button primary">
          {t('picker.submit')}
        </button>
      </p>
    </form>
  );
}
