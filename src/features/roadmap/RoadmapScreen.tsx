// The cycle's roadmap: every questionnaire's actions as one list (sameAs merged, find-outs folded),
// sized to the organization (Now's limit by staff band), with costs and what is not yet funded per
// horizon, the organization's own actions, a timeline, and leadership's decisions kept under each
// action's stable key. Filterable by questionnaire, horizon and status.
import { cycleLabel } from '../../domain/cycle-period';
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/Link';
import { Loading, NotFound } from '../../components/NotFound';
import { useContentFormat } from '../../components/use-content-format';
import { isSettled } from '../../engine/action-inputs';
import { HORIZONS } from '../../engine/roadmap';
import { currentLanguage } from '../../lib/i18n';
import { localize } from '../../lib/typography';
import { useCycleRoadmap } from '../../state/queries/cycle-roadmap';
import { useRoadmapFilter } from '../../state/roadmap-filter-store';
import { useCycles } from '../../state/queries/cycles';
import { ExportPdf } from '../report-export';
import { CarriedWaiting } from './CarriedWaiting';
import { CostTotals } from './CostTotals';
import { OwnActionForm } from './OwnActionForm';
import { PlanningNote } from './PlanningNote';
import { RoadmapColumn } from './RoadmapColumn';
import { RoadmapFilters } from './RoadmapFilters';
import { RoadmapTimeline } from './RoadmapTimeline';
import type { RoadmapContext } from './roadmap-context';
import { matchesFilter } from './roadmap-filter';
import './roadmap.css';

/** Today as a calendar date in the reader's time zone. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export default function RoadmapScreen({ cycleId }: { cycleId: string }) {
  const { t, i18n } = useTranslation(['roadmap', 'common']);
  const language = currentLanguage(i18n);
  const format = useContentFormat();
  const loaded = useCycleRoadmap(cycleId);
  const cycles = useCycles();
  const [filter, setFilter] = useRoadmapFilter(cycleId);

  if (loaded.status === 'loading' || cycles === undefined) return <Loading />;
  if (loaded.status === 'error') return <p role="alert">{loaded.error.message}</p>;
  if (loaded.value === null) return <NotFound />;

  const { cycle, outcomes, roadmap, waitingCarried, ownActions } = loaded.value;
  const readOnly = cycle.closedAt !== undefined;
  const questionnaires = new Map(
    outcomes.map((o) => [o.questionnaire.definition.id, o.questionnaire]),
  );
  const cycleNames = new Map(cycles.map((c) => [c.id, cycleLabel(c)]));
  const context: RoadmapContext = {
    cycleId: cycle.id,
    readOnly,
    questionnaires,
    format,
    language,
    roadmap,
    actionsByKey: new Map(roadmap.actions.map((action) => [action.key, action])),
    cycleNames,
    ownActions: new Map(ownActions.map((action) => [action.id, action])),
  };
  const unanswered = outcomes.filter((outcome) => outcome.result === null);
  const { actions } = roadmap;
  const shown = actions.filter((action) => matchesFilter(action, filter));
  const inHorizon = (list: typeof actions, horizon: string) =>
    list.filter((action) => action.horizon === horizon);
  const settled = actions.filter((action) => isSettled(action.status)).length;
  const horizons = HORIZONS.filter((h) => filter.horizon === 'all' || filter.horizon === h);

  return (
    <section className="roadmap stack">
      <header className="stack-small">
        <p className="muted">
          <Link to={{ name: 'cycle', cycleId: cycle.id }}>
            {t('backToCycle', { cycle: cycleLabel(cycle) })}
          </Link>
        </p>
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
        {readOnly && <p className="notice">{t('common:readOnly')}</p>}
        {actions.length > 0 && (
          <p className="roadmap-summary">
            {t('summary', {
              count: actions.length,
              now: inHorizon(actions, 'now').length,
              next: inHorizon(actions, 'next').length,
              later: inHorizon(actions, 'later').length,
            })}{' '}
            {settled > 0 && t('settled', { count: settled })}
          </p>
        )}
        {unanswered.length > 0 && (
          <p className="muted">
            {t('notIncluded', {
              count: unanswered.length,
              questionnaires: unanswered.map((o) =>
                localize(o.questionnaire.definition.title, language),
              ),
            })}
          </p>
        )}
        <PlanningNote roadmap={roadmap} />
      </header>

      {actions.length === 0 ? (
        <p>{outcomes.length === unanswered.length ? t('nothingAnswered') : t('nothingToDo')}</p>
      ) : (
        <>
          <CostTotals roadmap={roadmap} />
          <div className="roadmap-toolbar">
            <RoadmapFilters
              filter={filter}
              onChange={setFilter}
              questionnaires={outcomes.map((o) => o.questionnaire)}
              hasOwn={actions.some((a) => a.kind === 'own')}
            />
            <div className="report-export">
              <ExportPdf cycleId={cycle.id} />
            </div>
          </div>
          <p role="status" className="roadmap-count">
            {t('filter.shown', { count: actions.length, shown: shown.length })}
          </p>
          <div className={`roadmap-columns columns-${String(horizons.length)}`}>
            {horizons.map((horizon) => (
              <RoadmapColumn
                key={horizon}
                horizon={horizon}
                actions={inHorizon(actions, horizon)}
                shown={inHorizon(shown, horizon)}
                context={context}
              />
            ))}
          </div>
        </>
      )}

      {!readOnly && <OwnActionForm cycleId={cycle.id} />}
      {waitingCarried.length > 0 && <CarriedWaiting edits={waitingCarried} context={context} />}
      {actions.length > 0 && <RoadmapTimeline actions={shown} today={today()} context={context} />}

      <nav className="results-links" aria-label={t('linksLabel')}>
        <ul>
          <li>
            <Link to={{ name: 'cycle', cycleId: cycle.id }}>
              {t('backToCycle', { cycle: cycleLabel(cycle) })}
            </Link>
          </li>
          {outcomes
            .filter((outcome) => outcome.result !== null)
            .map(({ questionnaire }) => (
              <li key={questionnaire.definition.id}>
                <Link
                  to={{
                    name: 'results',
                    cycleId: cycle.id,
                    questionnaireId: questionnaire.definition.id,
                  }}
                >
                  {t('seeResults', {
                    questionnaire: localize(questionnaire.definition.title, language),
                  })}
                </Link>
              </li>
            ))}
        </ul>
      </nav>
    </section>
  );
}
