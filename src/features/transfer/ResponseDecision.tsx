// A response file whose response is already in the cycle: what importing it would change, and the
// person's decision. A newer copy replaces the older one only when the person confirms; a copy
// changed on both sides is decided with two radio buttons, this device's copy chosen by default.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Choice } from '../../state/transfer';
import type { ResponseChanges } from '../../state/transfer';
import { instant } from '../../state/transfer';
import type { FileOutcome } from './import-response-files';

type Pending = Extract<FileOutcome, { status: 'needs-choice' }>;

function ChangeList({ changes }: { changes: ResponseChanges }) {
  const { t } = useTranslation('transfer');
  const lines: string[] = [];
  if (changes.answersAdded > 0)
    lines.push(t('responseChanges.added', { count: changes.answersAdded }));
  if (changes.answersChanged > 0)
    lines.push(t('responseChanges.changed', { count: changes.answersChanged }));
  if (changes.answersRemoved > 0)
    lines.push(t('responseChanges.removed', { count: changes.answersRemoved }));
  if (changes.submitted.device !== changes.submitted.file)
    lines.push(
      changes.submitted.file ? t('responseChanges.submitted') : t('responseChanges.unsubmitted'),
    );
  if (changes.respondent.device !== changes.respondent.file)
    lines.push(t('responseChanges.respondent', changes.respondent));
  if (changes.version.device !== changes.version.file)
    lines.push(t('responseChanges.version', changes.version));
  return (
    <ul>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

export function ResponseDecision({
  pending,
  busy,
  onDecide,
}: {
  pending: Pending;
  busy: boolean;
  /** undefined: leave this device's copy as it is. */
  onDecide: (choice: Choice | undefined) => void;
}) {
  const { t } = useTranslation(['transfer', 'common']);
  const id = useId();
  const [choice, setChoice] = useState<Choice>('device');
  const { plan } = pending;
  if (plan.kind === 'newer') {
    return (
      <div className="stack-small">
        <p>{t('responseNewer', { file: pending.file, respondent: pending.respondent })}</p>
        <ChangeList changes={plan.changes} />
        <p>
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => onDecide('file')}
          >
            {t('responseReplace')}
          </button>{' '}
          <button type="button" disabled={busy} onClick={() => onDecide(undefined)}>
            {t('responseLeave')}
          </button>
        </p>
      </div>
    );
  }
  const date = (stamp: string) => {
    const ms = instant(stamp);
    return ms === undefined ? stamp : t('common:dateTime', { value: new Date(ms) });
  };
  return (
    <fieldset className="stack-small">
      <legend>
        {t(plan.reason === 'unknown' ? 'responseUnknownOrder' : 'responseConflict', {
          file: pending.file,
          respondent: pending.respondent,
          deviceChanged: date(plan.deviceChangedAt),
          fileChanged: date(plan.fileChangedAt),
        })}
      </legend>
      <ChangeList changes={plan.changes} />
      <div className="choices-inline">
        {(['device', 'file'] as const).map((option) => (
          <label key={option} className="choice">
            <input
              type="radio"
              name={`${id}-choice`}
              value={option}
              checked={choice === option}
              onChange={() => setChoice(option)}
            />
            {option === 'device' ? t('conflict.keepDevice') : t('conflict.takeFile')}
          </label>
        ))}
      </div>
      <p>
        <button type="button" className="primary" disabled={busy} onClick={() => onDecide(choice)}>
          {t('responseApplyChoice')}
        </button>
      </p>
    </fieldset>
  );
}
