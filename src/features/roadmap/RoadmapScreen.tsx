// The cycle's roadmap: Now / Next / Later columns built from every answered questionnaire, each item
// with its reasons, and leadership's follow-up (status, owner, date, note) kept under its stable key.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/Link';
import { Loading, NotFound } from '../../components/NotFound';
import { HORIZONS } from '../../engine/roadmap';
import { localize, type Language } from '../../lib/typography';
import { questionnaireOutcome } from '../../state/cycle-results';
import { useCycleData } from '../../state/data-hooks';
import { useRoadmapEdits } from '../../state/roadmap-edit-hooks';
import { useQuestionnaires } from '../../state/use-questionnaire';
import { RoadmapColumn } from './RoadmapColumn';
import { byHorizon, isSettled, roadmapEntries } from './roadmap-entries';
import { ExportPdf } from '../report-export/ExportPdf';

export default function RoadmapScreen({ cycleId }: { cycleId: string }) {
  const { t, i18n } = useTranslation(['roadmap', 'common']);
  const language = i18n.language as Language;
  const data = useCycleData(cycleId);
  const edits = useRoadmapEdits(cycleId);
  const questionnaires = useQuestionnaires(data?.cycle.questionnaires);
  const [hideSettled, setHideSettled] = useState(false);
  const filterId = useId();

  if (data === undefined || edits === undefined) return <Loading />;
  if (data === null) return <NotFound />;
  if (questionnaires.status === 'loading') return <Loading />;
  if (questionnaires.status === 'error') return <p role="alert">{questionnaires.error.message}</p>;

  const { cycle, responses } = data;
  const readOnly = cycle.closedAt !== undefined;
  const outcomes = questionnaires.value.map((questionnaire) =>
    questionnaireOutcome(
      questionnaire,
      responses.filter((r) => r.response.questionnaireId === questionnaire.definition.id),
    ),
  );
  const unanswered = outcomes.filter((outcome) => outcome.result === null);
  const entries = roadmapEntries(outcomes, edits);
  const shown = hideSettled ? entries.filter((entry) => !isSettled(entry)) : entries;
  const all = byHorizon(entries);
  const visible = byHorizon(shown);
  const settled = entries.filter(isSettled).length;

  return (
    <section className="roadmap stack">
      <header className="stack-small">
        <p className="muted">
          <Link to={{ name: 'cycle', cycleId: cycle.id }}>
            {t('backToCycle', { cycle: cycle.name })}
          </Link>
        </p>
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
        {readOnly && <p className="notice">{t('common:readOnly')}</p>}
        {entries.length > 0 && (
          <p className="roadmap-summary">
            {t('summary', {
              count: entries.length,
              now: all.now.length,
              next: all.next.length,
              later: all.later.length,
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
      </header>

      {entries.length === 0 ? (
        <p>{outcomes.length === unanswered.length ? t('nothingAnswered') : t('nothingToDo')}</p>
      ) : (
        <>
          <div className="roadmap-toolbar">
            <label className="choice" htmlFor={`${filterId}-hide`}>
              <input
                id={`${filterId}-hide`}
                type="checkbox"
                checked={hideSettled}
                onChange={(event) => {
                  setHideSettled(event.target.checked);
                }}
              />
              <span>{t('hideSettled')}</span>
            </label>
            <div className="report-export">
              <ExportPdf cycleId={cycle.id} />
            </div>
          </div>
          <div className="roadmap-columns">
            {HORIZONS.map((horizon) => (
              <RoadmapColumn
                key={horizon}
                cycleId={cycle.id}
                horizon={horizon}
                entries={all[horizon]}
                shown={visible[horizon]}
                all={entries}
                readOnly={readOnly}
              />
            ))}
          </div>
        </>
      )}

      <nav className="results-links" aria-label={t('linksLabel')}>
        <ul>
          <li>
            <Link to={{ name: 'cycle', cycleId: cycle.id }}>
              {t('backToCycle', { cycle: cycle.name })}
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
