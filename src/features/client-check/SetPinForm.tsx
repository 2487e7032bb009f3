// Choosing the staff PIN (4 to 8 digits, typed twice). Only its salted hash is kept (state/staff-pin.ts).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PIN_PATTERN, setStaffPin } from '../../state/commands/staff-pin';

type Problem = 'badFormat' | 'mismatch' | 'failed' | null;

interface Props {
  title: string;
  submitLabel: string;
  onSaved: () => void;
  onCancel?: () => void;
}

export function SetPinForm({ title, submitLabel, onSaved, onCancel }: Props) {
  const { t } = useTranslation(['client-check', 'common']);
  const id = useId();
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<Problem>(null);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    if (!PIN_PATTERN.test(pin)) {
      setProblem('badFormat');
      return;
    }
    if (pin !== again) {
      setProblem('mismatch');
      return;
    }
    setSaving(true);
    try {
      await setStaffPin(pin);
      setProblem(null);
      setPin('');
      setAgain('');
      onSaved();
    } catch {
      setProblem('failed');
    } finally {
      setSaving(false);
    }
  };

  const described = problem === null ? `${id}-hint` : `${id}-hint ${id}-problem`;
  return (
    <form
      className="stack-small"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3 id={`${id}-title`}>{title}</h3>
      <p id={`${id}-hint`} className="hint">
        {t('setPin.hint')}
      </p>
      <div className="field">
        <label htmlFor={`${id}-pin`}>{t('setPin.pin')}</label>
        <input
          id={`${id}-pin`}
          type="password"
          inputMode="numeric"
          autoComplete="new-password"
          maxLength={8}
          value={pin}
          aria-describedby={described}
          aria-invalid={problem === 'badFormat'}
          onChange={(event) => setPin(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-again`}>{t('setPin.again')}</label>
        <input
          id={`${id}-again`}
          type="password"
          inputMode="numeric"
          autoComplete="new-password"
          maxLength={8}
          value={again}
          aria-invalid={problem === 'mismatch'}
          onChange={(event) => setAgain(event.target.value)}
        />
      </div>
      {problem && (
        <p id={`${id}-problem`} role="alert" className="field-error">
          {t(`setPin.${problem}`)}
        </p>
      )}
      <p className="inline-form">
        <button type="submit" className="primary" disabled={saving}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('common:cancel')}
          </button>
        )}
      </p>
    </form>
  );
}
