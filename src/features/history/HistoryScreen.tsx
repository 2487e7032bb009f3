// Every cycle on this device, newest first; closed cycles open read-only.
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/Link';
import { Loading } from '../../components/NotFound';
import { useCycles } from '../../state/queries/cycles';
import { useResponseCounts } from '../../state/queries/cycle-data';
import { CompareCyclesCard } from '../compare';

export default function HistoryScreen() {
  // 'compare' for the comparison card: loaded with the screen, not after the cycles are read, when
  // it would suspend the screen a second time (React shows a fallback for at least 300 ms).
  const { t } = useTranslation(['history', 'common', 'cycles', 'compare']);
  const cycles = useCycles();
  const counts = useResponseCounts();
  if (cycles === undefined || counts === undefined) return <Loading />;

  return (
    <section className="stack">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {cycles.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ol className="card-list">
          {cycles.map((cycle) => (
            <li key={cycle.id} className="card stack-small">
              <h2>
                <Link to={{ name: 'cycle', cycleId: cycle.id }}>{cycle.name}</Link>
              </h2>
              <p className="muted">
                {t('started', { date: t('common:date', { value: new Date(cycle.createdAt) }) })} ·{' '}
                {cycle.closedAt
                  ? t('status.closed', {
                      date: t('common:date', { value: new Date(cycle.closedAt) }),
                    })
                  : t('status.open')}{' '}
                · {t('cycles:responseCount', { count: counts.get(cycle.id) ?? 0 })}
              </p>
            </li>
          ))}
        </ol>
      )}
      {cycles.length > 0 && <CompareCyclesCard cycles={cycles} />}
    </section>
  );
}
