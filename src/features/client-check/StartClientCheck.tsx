// "Client skills check" for staff, on a cycle's screen and on the home screen: which cycle the checks
// count in, the program, then client mode on this device or the read-aloud view for phone and video.
// The first start asks for the staff PIN that will be needed to leave client mode.
import './client-check.css';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/Link';
import { CLIENT_CHECK_ID } from '../../state/queries/catalog';
import { enterClientMode } from '../../state/client-mode-session';
import {
  useClientCheckCount,
  usePrograms,
  useStaffPinIsSet,
} from '../../state/queries/client-checks';
import type { Cycle } from '../../domain/cycle';
import { SetPinForm } from './SetPinForm';

interface Props {
  /** The open cycles the checks may count in; the first is chosen unless the person picks another. */
  cycles: readonly Cycle[];
  /** On a cycle's own screen: no choice of cycle, and its count of checks. */
  fixedCycle?: boolean;
  /** Reloads the page into client mode (tests pass their own). */
  reload?: () => void;
}

export function StartClientCheck({ cycles, fixedCycle = false, reload }: Props) {
  const { t } = useTranslation('client-check');
  const id = useId();
  const programs = usePrograms();
  const pinSet = useStaffPinIsSet();
  const [cycleId, setCycleId] = useState(cycles[0]?.id);
  const [program, setProgram] = useState('');
  const [settingPin, setSettingPin] = useState(false);
  const cycle = cycles.find((candidate) => candidate.id === cycleId) ?? cycles[0];

  const start = () => {
    if (cycle === undefined) return;
    enterClientMode({ cycleId: cycle.id, ...(program === '' ? {} : { program }) }, reload);
  };

  return (
    <section className="card stack-small client-check-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('title')}</h2>
      <p>{t('intro')}</p>
      <p className="privacy-note">{t('privacy')}</p>
      {cycle === undefined ? (
        <p>
          {t('noOpenCycle')} <Link to={{ name: 'new-cycle' }}>{t('startCycle')}</Link>
        </p>
      ) : (
        <>
          {fixedCycle ? (
            <ClientCheckCount cycleId={cycle.id} />
          ) : (
            <div className="field">
              <label htmlFor={`${id}-cycle`}>{t('countInCycle')}</label>
              <select
                id={`${id}-cycle`}
                value={cycle.id}
                onChange={(event) => setCycleId(event.target.value)}
              >
                {cycles.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="field">
            <label htmlFor={`${id}-program`}>{t('program')}</label>
            <select
              id={`${id}-program`}
              value={program}
              aria-describedby={`${id}-program-hint`}
              onChange={(event) => setProgram(event.target.value)}
            >
              <option value="">{t('noProgram')}</option>
              {(programs ?? []).map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
            <p id={`${id}-program-hint`} className="hint">
              {t('programsHint')}
            </p>
          </div>
          {settingPin ? (
            <SetPinForm
              title={t('setPin.title')}
              submitLabel={t('setPin.save')}
              onSaved={start}
              onCancel={() => setSettingPin(false)}
            />
          ) : (
            <p className="inline-form">
              <button
                type="button"
                className="primary"
                disabled={pinSet === undefined}
                onClick={() => {
                  if (pinSet) start();
                  else setSettingPin(true);
                }}
              >
                {t('startClientMode')}
              </button>
              <Link className="button" to={{ name: 'read-aloud', cycleId: cycle.id }}>
                {t('readAloud')}
              </Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** How many checks a cycle holds, with a link to their outcomes. */
export function ClientCheckCount({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation('client-check');
  const count = useClientCheckCount(cycleId);
  if (count === undefined) return null;
  return (
    <p>
      {t('recorded', { count })}{' '}
      {count > 0 && (
        <Link to={{ name: 'results', cycleId, questionnaireId: CLIENT_CHECK_ID }}>
          {t('seeOutcomes')}
        </Link>
      )}
    </p>
  );
}
