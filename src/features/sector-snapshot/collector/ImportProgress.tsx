// An import under way: a progress bar and a way to stop. The count is not a live region (it changes
// dozens of times a second); the outcome announces the end.
import { useTranslation } from 'react-i18next';
import type { ImportCounts } from '../../../state/sector/snapshot-store';

interface Props {
  counts: ImportCounts;
  cancelling: boolean;
  onCancel: () => void;
}

export function ImportProgress({ counts, cancelling, onCancel }: Props) {
  const { t } = useTranslation('sector');
  const started = counts.total > 0 && counts.read > 0;
  const text = started
    ? t('import.progress', { read: counts.read, total: counts.total })
    : t('import.reading');
  return (
    <div className="sector-progress stack-small">
      <progress
        aria-label={t('import.progressLabel')}
        max={Math.max(counts.total, 1)}
        value={counts.read}
        aria-valuetext={text}
      />
      <p>{text}</p>
      <button type="button" onClick={onCancel} disabled={cancelling}>
        {cancelling ? t('import.cancelling') : t('import.cancel')}
      </button>
    </div>
  );
}
