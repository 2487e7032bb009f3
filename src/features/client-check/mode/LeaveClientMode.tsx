// The staff's way out of client mode, in the staff's language: the PIN, a limit on wrong tries, and for
// a forgotten PIN a long wait that the screen announces (a client alone with the device cannot use it
// unnoticed, and the agency is never locked out of its own data).
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  askToLeaveWithoutPin,
  cancelLeaveWithoutPin,
  leaveClientMode,
  leaveWithPin,
  readClientModeSession,
} from '../../../state/client-mode-session';
import { checkStaffPin } from '../../../state/commands/staff-pin';

type Problem = { kind: 'wrong-pin'; triesLeft: number } | { kind: 'locked' } | null;

interface Props {
  reload?: () => void;
  /** The clock, for tests. */
  now?: () => number;
}

export function LeaveClientMode({ reload, now = Date.now }: Props) {
  const { t } = useTranslation(['client-check', 'common']);
  const id = useId();
  const [open, setOpen] = useState(false);
  const [pin, setPin] = useState('');
  const [checking, setChecking] = useState(false);
  const [problem, setProblem] = useState<Problem>(null);
  const [leaveAt, setLeaveAt] = useState(() => readClientModeSession()?.leaveWithoutPinAt);
  const [clock, setClock] = useState(now);

  useEffect(() => {
    if (leaveAt === undefined) return;
    const tick = () => {
      const time = now();
      setClock(time);
      if (time >= leaveAt) leaveClientMode(reload);
    };
    tick();
    const timer = setInterval(tick, 15_000);
    return () => {
      clearInterval(timer);
    };
  }, [leaveAt, now, reload]);

  const submit = async () => {
    setChecking(true);
    const attempt = await leaveWithPin(pin, checkStaffPin, reload, now());
    setChecking(false);
    setPin('');
    if (attempt.outcome === 'wrong-pin')
      setProblem({ kind: 'wrong-pin', triesLeft: attempt.triesLeft });
    else if (attempt.outcome === 'locked') setProblem({ kind: 'locked' });
  };

  return (
    <div className="leave-client-mode stack-small">
      {leaveAt !== undefined && (
        <div className="notice" role="status">
          <p>
            {t('mode.leavingIn', { count: Math.max(1, Math.ceil((leaveAt - clock) / 60_000)) })}
          </p>
          <button
            type="button"
            onClick={() => {
              cancelLeaveWithoutPin();
              setLeaveAt(undefined);
            }}
          >
            {t('mode.keepClientMode')}
          </button>
        </div>
      )}
      {!open ? (
        <button type="button" className="link-button" onClick={() => setOpen(true)}>
          {t('mode.leave')}
        </button>
      ) : (
        <form
          className="stack-small"
          aria-labelledby={`${id}-title`}
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <h2 id={`${id}-title`}>{t('mode.leaveTitle')}</h2>
          <div className="field">
            <label htmlFor={`${id}-pin`}>{t('mode.pinLabel')}</label>
            <input
              id={`${id}-pin`}
              type="password"
              inputMode="numeric"
              autoComplete="off"
              maxLength={8}
              value={pin}
              aria-describedby={problem ? `${id}-problem` : undefined}
              aria-invalid={problem !== null}
              onChange={(event) => setPin(event.target.value)}
            />
          </div>
          {problem && (
            <p id={`${id}-problem`} role="alert" className="field-error">
              {problem.kind === 'locked'
                ? t('mode.locked')
                : t('mode.wrongPin', { count: problem.triesLeft })}
            </p>
          )}
          <div className="client-actions">
            <button type="submit" className="primary" disabled={checking}>
              {t('mode.leaveConfirm')}
            </button>
            <button
              type="button"
              onClick={() => {
                setOpen(false);
                setPin('');
                setProblem(null);
              }}
            >
              {t('common:cancel')}
            </button>
          </div>
          {leaveAt === undefined && (
            <details>
              <summary>{t('mode.forgot')}</summary>
              <p>{t('mode.forgotExplain')}</p>
              <button type="button" onClick={() => setLeaveAt(askToLeaveWithoutPin(now()))}>
                {t('mode.leaveWithoutPin')}
              </button>
            </details>
          )}
        </form>
      )}
    </div>
  );
}
