// The contributions on this device, by year, each year deletable on its own and all of them at once,
// after a confirmation. The organization's own data is never touched.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  deleteStoredContributions,
  useSnapshotStore,
  type YearCount,
} from '../../../state/sector/snapshot-store';

/** What the person asked to delete: one year, or everything (`year` undefined). */
interface Pending {
  year?: number;
  count: number;
}

export function StoredContributions() {
  const { t } = useTranslation('sector');
  const id = useId();
  const summary = useSnapshotStore((state) => state.summary);
  const busy = useSnapshotStore((state) => state.importing !== null);
  const [pending, setPending] = useState<Pending | null>(null);

  const body = (() => {
    if (summary.status === 'computing' && summary.data === null)
      return <p role="status">{t('stored.computing')}</p>;
    if (summary.status === 'failed')
      return (
        <div className="notice notice-error" role="alert">
          <p>{t('stored.failed')}</p>
          <details className="technical-details">
            <summary>{t('import.details')}</summary>
            <code>{summary.detail}</code>
          </details>
        </div>
      );
    const years = summary.data?.years ?? [];
    if (years.length === 0) return <p>{t('stored.none')}</p>;
    return (
      <>
        <YearTable years={years} disabled={busy} onDelete={setPending} />
        {summary.status === 'computing' && <p role="status">{t('stored.computing')}</p>}
      </>
    );
  })();

  const total = (summary.data?.years ?? []).reduce((sum, y) => sum + y.count, 0);
  return (
    <section className="card stack-small" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('stored.title')}</h2>
      {body}
      {pending !== null ? (
        <div className="notice stack-small" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>
            {pending.year === undefined
              ? t('stored.confirmAll', { count: pending.count })
              : t('stored.confirmYear', { count: pending.count, year: pending.year })}
          </p>
          <div className="sector-actions">
            <button
              type="button"
              className="danger"
              onClick={() => {
                const { year } = pending;
                setPending(null);
                void deleteStoredContributions(year);
              }}
            >
              {t('stored.confirm')}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {t('stored.keep')}
            </button>
          </div>
        </div>
      ) : (
        total > 0 && (
          <div className="stack-small">
            <button type="button" disabled={busy} onClick={() => setPending({ count: total })}>
              {t('stored.deleteAll')}
            </button>
            <p className="hint">{t('stored.deleteHint')}</p>
          </div>
        )
      )}
    </section>
  );
}

function YearTable({
  years,
  disabled,
  onDelete,
}: {
  years: readonly YearCount[];
  disabled: boolean;
  onDelete: (pending: Pending) => void;
}) {
  const { t } = useTranslation('sector');
  return (
    <table>
      <caption className="visually-hidden">{t('stored.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('stored.year')}</th>
          <th scope="col">{t('stored.count')}</th>
          <th scope="col">{t('stored.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {years.map(({ year, count }) => (
          <tr key={year}>
            <th scope="row">{year}</th>
            <td>{count}</td>
            <td>
              <button type="button" disabled={disabled} onClick={() => onDelete({ year, count })}>
                {t('stored.deleteYear', { year })}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
