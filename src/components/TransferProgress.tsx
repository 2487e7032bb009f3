// How far reading, checking, comparing or writing a file has got, with a way to stop it. A stopped
// step changes nothing on the device.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Progress } from '../domain/transfer-progress';

export function TransferProgress({
  file,
  progress,
  onCancel,
}: {
  file: string;
  progress: Progress;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['transfer', 'common']);
  const id = useId();
  const known = progress.total > 0;
  return (
    <div className="card stack-small">
      {/* The step is announced when it changes; the bar itself is read on demand. */}
      <p aria-live="polite">
        <label htmlFor={id}>{t(`progress.${progress.stage}`, { file })}</label>
      </p>
      {known ? (
        <progress
          id={id}
          max={progress.total}
          value={progress.done}
          aria-valuetext={t('progress.records', { done: progress.done, total: progress.total })}
        />
      ) : (
        <progress id={id} />
      )}
      <p>
        <button type="button" onClick={onCancel}>
          {t('progress.cancel')}
        </button>
      </p>
      <p className="hint">{t('progress.cancelHint')}</p>
    </div>
  );
}
