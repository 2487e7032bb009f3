// Settings of the client skills check on this device: the staff PIN that leaves client mode, and the
// agency's list of programs a worker picks from when starting a check.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PROGRAM_NAME } from '../../domain/limits';
import { savePrograms } from '../../state/commands/client-checks';
import { usePrograms, useStaffPinIsSet } from '../../state/queries/client-checks';
import { attemptSave } from '../../state/save';
import { SetPinForm } from './SetPinForm';

const guidance = [
  'optional',
  'short',
  'namesOnly',
  'smallPrograms',
  'removing',
  'kindsOnly',
] as const;

export function ClientCheckSettings() {
  const { t } = useTranslation('client-check');
  const id = useId();
  const pinSet = useStaffPinIsSet();
  const programs = usePrograms();
  const [changingPin, setChangingPin] = useState(false);
  // Each confirmation shows beside what it confirms, announced politely, never over the page.
  const [saved, setSaved] = useState<'pin' | 'programs' | null>(null);
  return (
    <section className="stack-small" aria-labelledby={`${id}-title`} id="client-check">
      <h2 id={`${id}-title`}>{t('settings.title')}</h2>
      {pinSet !== undefined && <p>{pinSet ? t('settings.pinSet') : t('settings.pinNotSet')}</p>}
      {changingPin ? (
        <SetPinForm
          title={t('settings.changePin')}
          submitLabel={t('settings.changePin')}
          onSaved={() => {
            setChangingPin(false);
            setSaved('pin');
          }}
          onCancel={() => setChangingPin(false)}
        />
      ) : (
        <p>
          <button
            type="button"
            onClick={() => {
              setSaved(null);
              setChangingPin(true);
            }}
          >
            {t('settings.changePin')}
          </button>
        </p>
      )}
      <p role="status" className="inline-status">
        {saved === 'pin' ? t('settings.pinSaved') : ''}
      </p>
      <h3>{t('settings.programsTitle')}</h3>
      <ul>
        {guidance.map((key) => (
          <li key={key}>{t(`settings.guidance.${key}`)}</li>
        ))}
      </ul>
      {programs !== undefined && (
        <ProgramList
          key={programs.join('\n')}
          saved={programs}
          onSaved={() => setSaved('programs')}
          onEdit={() => setSaved(null)}
        />
      )}
      <p role="status" className="inline-status">
        {saved === 'programs' ? t('settings.programsSaved') : ''}
      </p>
    </section>
  );
}

interface ProgramListProps {
  saved: readonly string[];
  onSaved: () => void;
  onEdit: () => void;
}

function ProgramList({ saved, onSaved, onEdit }: ProgramListProps) {
  const { t } = useTranslation('client-check');
  const id = useId();
  const [typed, setTyped] = useState<string[]>(saved.length === 0 ? [''] : [...saved]);
  const names = typed;
  const setNames = (next: string[]) => {
    onEdit();
    setTyped(next);
  };
  return (
    <form
      className="stack-small"
      aria-label={t('settings.programsTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        void attemptSave(() => savePrograms(names)).then((saved) => {
          if (saved) onSaved();
        });
      }}
    >
      {names.map((name, index) => (
        // The rows are positions in a list being typed; a name may be blank or repeated meanwhile.
        <div className="inline-form" key={index}>
          <div className="field">
            <label htmlFor={`${id}-${String(index)}`}>
              {t('settings.programName', { number: index + 1 })}
            </label>
            <input
              id={`${id}-${String(index)}`}
              value={name}
              maxLength={MAX_PROGRAM_NAME}
              onChange={(event) => {
                const next = [...names];
                next[index] = event.target.value;
                setNames(next);
              }}
            />
          </div>
          {name.trim() !== '' && (
            <button
              type="button"
              onClick={() => setNames(names.filter((_, other) => other !== index))}
            >
              {t('settings.removeProgram', { name })}
            </button>
          )}
        </div>
      ))}
      <p className="inline-form">
        <button type="button" onClick={() => setNames([...names, ''])}>
          {t('settings.addProgram')}
        </button>
        <button type="submit" className="primary">
          {t('settings.savePrograms')}
        </button>
      </p>
    </form>
  );
}
