// Year over year: two cycles side by side, questionnaire by questionnaire, and every cycle's overall
// score over time. Loaded on demand, like the results screen, so the chart library stays out of the
// first page's code.
import { cycleLabel } from '../../domain/cycle-period';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/Link';
import { useContentFormat } from '../../components/use-content-format';
import { Loading } from '../../components/NotFound';
import { useCycles } from '../../state/queries/cycles';
import { compareCycles, compareOwnActions, inOrder, trend } from './compare-cycles';
import { CyclePicker } from './CyclePicker';
import { OwnActionsComparison } from './OwnActionsComparison';
import { QuestionnaireComparisonView } from './QuestionnaireComparisonView';
import { QuestionnaireUnavailable } from './QuestionnaireUnavailable';
import { useCycleSnapshots, type CycleSnapshot } from '../../state/queries/cycle-snapshots';

interface Props {
  earlierCycleId?: string | undefined;
  laterCycleId?: string | undefined;
}

// The chart library loads with the trend, after the comparison is on screen.
const TrendChart = lazy(() =>
  import('./TrendChart').then(({ TrendChart: chart }) => ({ default: chart })),
);

export default function CompareScreen({ earlierCycleId, laterCycleId }: Props) {
  const { t } = useTranslation(['compare', 'common']);
  // Loads the report's sentences (roadmap item titles) with the screen rather than once the cycles are
  // scored, when the comparison would suspend the screen a second time (a fallback of at least 300 ms).
  useContentFormat();
  const cycles = useCycles();
  const chosen = earlierCycleId !== undefined && laterCycleId !== undefined;
  // The two cycles compared are read and scored first; every cycle, for the trend, once they show:
  // reading ten years of answers takes longer than the comparison itself.
  const compared = useCycleSnapshots(chosen ? [earlierCycleId, laterCycleId] : []);
  const everyCycle = useCycleSnapshots(undefined, compared.status !== 'loading');

  if (cycles === undefined || compared.status === 'loading') return <Loading />;
  const links = (
    <nav className="results-links" aria-label={t('linksLabel')}>
      <ul>
        <li>
          <Link to={{ name: 'history' }}>{t('backToHistory')}</Link>
        </li>
      </ul>
    </nav>
  );
  if (compared.status === 'error') {
    return (
      <section className="stack">
        <h1>{t('title')}</h1>
        <QuestionnaireUnavailable error={compared.error} />
        {links}
      </section>
    );
  }

  if (cycles.length < 2) {
    return (
      <section className="stack">
        <h1>{t('title')}</h1>
        <p>{t('tooFew', { count: cycles.length })}</p>
        <p>
          <Link to={{ name: 'history' }}>{t('goToHistory')}</Link>
        </p>
      </section>
    );
  }

  const first = compared.value.find((s) => s.cycle.id === earlierCycleId);
  const second = compared.value.find((s) => s.cycle.id === laterCycleId);
  const pair = first !== undefined && second !== undefined ? inOrder(first, second) : undefined;

  return (
    <section className="compare stack">
      <header className="stack-small">
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
      </header>
      <CyclePicker
        key={`${earlierCycleId ?? ''}/${laterCycleId ?? ''}`}
        cycles={cycles}
        earlierCycleId={pair?.[0].cycle.id}
        laterCycleId={pair?.[1].cycle.id}
      />

      {chosen && earlierCycleId === laterCycleId && (
        <p className="notice" role="alert">
          {t('sameCycle')}
        </p>
      )}
      {chosen && earlierCycleId !== laterCycleId && pair === undefined && (
        <p className="notice" role="alert">
          {t('missingCycle')}
        </p>
      )}
      {pair !== undefined && pair[0] !== pair[1] && (
        <section className="stack" aria-labelledby="comparison-heading">
          <h2 id="comparison-heading" className="compare-heading">
            {t('heading', { earlier: cycleLabel(pair[0].cycle), later: cycleLabel(pair[1].cycle) })}
          </h2>
          <p className="muted">
            {t('period', {
              earlier: cycleLabel(pair[0].cycle),
              later: cycleLabel(pair[1].cycle),
              earlierDate: t('common:date', { value: new Date(pair[0].cycle.createdAt) }),
              laterDate: t('common:date', { value: new Date(pair[1].cycle.createdAt) }),
            })}
          </p>
          {compareCycles(pair[0], pair[1]).map((entry) => (
            <QuestionnaireComparisonView
              key={entry.questionnaireId}
              entry={entry}
              earlier={pair[0].cycle}
              later={pair[1].cycle}
            />
          ))}
          <OwnActionsComparison
            compared={compareOwnActions(pair[0], pair[1])}
            earlier={pair[0].cycle}
            later={pair[1].cycle}
          />
        </section>
      )}

      <section className="stack-small" aria-labelledby="trend-heading">
        <h2 id="trend-heading">{t('trend.heading')}</h2>
        <p>{t('trend.intro')}</p>
        {everyCycle.status === 'loading' && <Loading />}
        {everyCycle.status === 'error' && <QuestionnaireUnavailable error={everyCycle.error} />}
        {everyCycle.status === 'ready' && (
          <Suspense fallback={<Loading />}>
            <Trend snapshots={everyCycle.value} />
          </Suspense>
        )}
      </section>
      {links}
    </section>
  );
}

function Trend({ snapshots }: { snapshots: readonly CycleSnapshot[] }) {
  const { t } = useTranslation('compare');
  const { lines, points } = trend(snapshots);
  return lines.length === 0 ? (
    <p>{t('trend.empty')}</p>
  ) : (
    <TrendChart lines={lines} points={points} />
  );
}
