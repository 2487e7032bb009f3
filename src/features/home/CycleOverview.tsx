// The open cycles at a glance, for a director coming back after a week: per questionnaire, who is
// answering, how much is answered, what is submitted, and the level once the answers earn one. Loaded
// after the first screen (it reads and scores every answer of the open cycles).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/Link';
import { cycleLabel, cyclePeriod } from '../../domain/cycle-period';
import { currentLanguage } from '../../lib/i18n';
import { localize } from '../../lib/typography';
import { cycleProgress, type QuestionnaireProgress } from '../../state/cycle-progress';
import { useCycleSnapshots, type CycleSnapshot } from '../../state/queries/cycle-snapshots';
import type { Cycle } from '../../domain/cycle';

interface Props {
  cycles: readonly Cycle[];
  /** Shown while the answers are read and scored: the plain list of cycles. */
  placeholder: ReactNode;
}

export default function CycleOverview({ cycles, placeholder }: Props) {
  const { t } = useTranslation(['cycles', 'common']);
  const snapshots = useCycleSnapshots(cycles.map((cycle) => cycle.id));
  if (snapshots.status === 'loading') return placeholder;
  if (snapshots.status === 'error') {
    return (
      <>
        {placeholder}
        <p className="notice">{t('overview.unavailable')}</p>
      </>
    );
  }
  return (
    <ul className="card-list">
      {snapshots.value.map((snapshot) => (
        <CycleCard key={snapshot.cycle.id} snapshot={snapshot} />
      ))}
    </ul>
  );
}

function CycleCard({ snapshot }: { snapshot: CycleSnapshot }) {
  const { t } = useTranslation(['cycles', 'common']);
  const { cycle } = snapshot;
  const progress = cycleProgress(snapshot.outcomes, snapshot.responses, snapshot.versions);
  const headingId = `overview-${cycle.id}`;
  return (
    <li className="card stack-small">
      <h3 id={headingId}>
        <Link to={{ name: 'cycle', cycleId: cycle.id }}>{cycleLabel(cycle)}</Link>
      </h3>
      <p className="muted">
        {t('periodLine', { period: cyclePeriod(cycle) })} ·{' '}
        {t('createdOn', { date: t('common:date', { value: new Date(cycle.createdAt) }) })}
      </p>
      {progress.map((entry) => (
        <QuestionnaireLine key={entry.questionnaire.definition.id} entry={entry} />
      ))}
    </li>
  );
}

function QuestionnaireLine({ entry }: { entry: QuestionnaireProgress }) {
  const { t, i18n } = useTranslation(['cycles', 'common']);
  const language = currentLanguage(i18n);
  const { questionnaire, respondents, standing } = entry;
  const title = localize(questionnaire.definition.title, language);
  const level =
    standing.kind === 'level'
      ? questionnaire.definition.levels.find((l) => l.id === standing.levelId)
      : undefined;
  return (
    <section className="overview-questionnaire stack-small">
      <h4>{title}</h4>
      <p>
        {standing.kind === 'level' && level !== undefined
          ? t('overview.level', {
              level: localize(level.label, language),
              score: t('common:score', { value: standing.score }),
            })
          : standing.kind === 'provisional'
            ? `${t('common:provisional.score', {
                score: t('common:score', { value: standing.score }),
              })} · ${t('common:provisional.answerMore', { count: standing.missing })}`
            : respondents.length === 0
              ? t('noResponses')
              : entry.answered === 0
                ? t('overview.noLevel')
                : t('common:provisional.noLevel')}
      </p>
      {respondents.length > 0 && (
        <>
          <p>
            {t('overview.answered', {
              answered: entry.answered,
              total: entry.total,
              share: t('common:percent', {
                value: entry.total === 0 ? 0 : entry.answered / entry.total,
              }),
            })}{' '}
            · {t('overview.submitted', { submitted: entry.submitted, count: respondents.length })}
          </p>
          <ul aria-label={t('overview.respondentsLabel', { questionnaire: title })}>
            {respondents.map((respondent) => (
              <li key={respondent.responseId}>
                {respondent.respondent} ·{' '}
                {t('responseProgress', { answered: respondent.answered, total: respondent.total })}{' '}
                · {respondent.submitted ? t('overview.isSubmitted') : t('inProgress')}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
