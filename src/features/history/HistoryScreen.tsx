// Every cycle on this device, newest first; closed cycles open read-only.
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/Link';
import { Loading } from '../../components/NotFound';
import { useCycles } from '../../state/queries/cycles';
import { useResponseCounts } from '../../state/queries/cycle-data';
import { CompareCyclesCard } from '../compare';
import { cycleLabel, cyclePeriod } from '../../domain/cycle-period';
import { useCycleSnapshots } from '../../state/queries/cycle-snapshots';
import { CycleLevels } from './CycleLevels';

export default function HistoryScreen() {
  // 'compare' for the comparison card: loaded with the screen, not after the cycles are read, when
  // it would suspend the screen a second time (React shows a fallback for at least 300 ms).
  const { t } = useTranslation(['history', 'common', 'cycles', 'compare']);
  const cycles = useCycles();
  const counts = useResponseCounts();
  const snapshots = useCycleSnapshots();
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
                <Link to={{ name: 'cycle', cycleId: cycle.id }}>{cycleLabel(cycle)}</Link>
              </h2>
              <p className="muted">
                {t('periodLine', { period: cyclePeriod(cycle) })} ·{' '}
                {t('started', { date: t('common:date', { value: new Date(cycle.createdAt) }) })} ·{' '}
                {cycle.closedAt
                  ? t('status.closed', {
                      date: t('common:date', { value: new Date(cycle.closedAt) }),
                    })
                  : t('status.open')}{' '}
                · {t('cycles:responseCount', { count: counts.get(cycle.id) ?? 0 })}
              </p>
              {snapshots.status === 'loading' && <p className="muted">{t('levelsLoading')}</p>}
              {snapshots.status === 'error' && <p className="muted">{t('levelsUnavailable')}</p>}
              {snapshots.status === 'ready' &&
                snapshots.value
                  .filter((snapshot) => snapshot.cycle.id === cycle.id)
                  .map((snapshot) => (
                    <CycleLevels
                      key={cycle.id}
                      snapshot={snapshot}
                      label={t('levelsLabel', { cycle: cycleLabel(cycle) })}
                    />
                  ))}
            </li>
          ))}
        </ol>
      )}
      {cycles.length > 0 && <CompareCyclesCard cycles={cycles} />}
    </section>
  );
}
