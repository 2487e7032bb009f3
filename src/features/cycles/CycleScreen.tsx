// A cycle's home: its questionnaires, who has answered, and links to results and the roadmap.
import { cycleLabel, cyclePeriod } from '../../domain/cycle-period';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/Link';
import { Loading, NotFound } from '../../components/NotFound';
import { closeCycle } from '../../state/commands/cycles';
import { useCycleData } from '../../state/queries/cycle-data';
import { useQuestionnaires } from '../../state/queries/questionnaire-sets';
import { ExportPdf } from '../report-export';
import { ContributeLink } from '../sector-snapshot';
import { CsvExportButton, ImportResponses } from '../transfer';
import { ClientCheckCount, StartClientCheck } from '../client-check';
import { QuestionnaireResponses } from './QuestionnaireResponses';
import { InviteColleague } from './InviteColleague';

/** Versions responses are on that the cycle does not name, each once. */
function otherVersions(
  refs: readonly { id: string; version: string }[],
  responses: readonly { questionnaireId: string; version: string }[],
): { id: string; version: string }[] {
  const known = new Set(refs.map((ref) => `${ref.id}@${ref.version}`));
  const others = new Map<string, { id: string; version: string }>();
  for (const { questionnaireId: id, version } of responses) {
    const key = `${id}@${version}`;
    if (!known.has(key)) others.set(key, { id, version });
  }
  return [...others.values()];
}

export default function CycleScreen({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation(['cycles', 'common', 'home']);
  const data = useCycleData(cycleId);
  // the cycle's versions first, then any other version a response is on (imported, or carried over)
  const cycleRefs = data?.cycle.questionnaires;
  const questionnaires = useQuestionnaires(
    cycleRefs && [
      ...cycleRefs,
      ...otherVersions(
        cycleRefs,
        data.responses.map(({ response }) => response),
      ),
    ],
  );
  if (data === undefined) return <Loading />;
  if (data === null) return <NotFound />;
  if (questionnaires.status === 'loading') return <Loading />;
  if (questionnaires.status === 'error') return <p role="alert">{questionnaires.error.message}</p>;

  const { cycle, responses } = data;
  const ofCycle = questionnaires.value.slice(0, cycle.questionnaires.length);
  const versions = new Map(
    questionnaires.value.map((q) => [`${q.definition.id}@${q.definition.version}`, q]),
  );
  const readOnly = cycle.closedAt !== undefined;
  const anyAnswered = responses.some((r) => Object.keys(r.answers).length > 0);

  return (
    <section className="stack">
      <h1>{cycleLabel(cycle)}</h1>
      <p className="muted">
        {t('periodLine', { period: cyclePeriod(cycle) })} ·{' '}
        {t('createdOn', { date: t('common:date', { value: new Date(cycle.createdAt) }) })}
        {cycle.closedAt && (
          <> · {t('closedOn', { date: t('common:date', { value: new Date(cycle.closedAt) }) })}</>
        )}
      </p>
      {readOnly && <p className="notice">{t('common:readOnly')}</p>}

      {ofCycle.map((questionnaire) => (
        <QuestionnaireResponses
          key={questionnaire.definition.id}
          cycleId={cycle.id}
          questionnaire={questionnaire}
          versions={versions}
          responses={responses.filter(
            (r) => r.response.questionnaireId === questionnaire.definition.id,
          )}
          readOnly={readOnly}
        />
      ))}

      {anyAnswered && (
        <p>
          <Link className="button primary" to={{ name: 'roadmap', cycleId: cycle.id }}>
            {t('seeRoadmap')}
          </Link>
        </p>
      )}

      <Suspense fallback={null}>
        {readOnly ? (
          <ClientCheckCount cycleId={cycle.id} />
        ) : (
          <StartClientCheck cycles={[cycle]} fixedCycle />
        )}
      </Suspense>

      {!readOnly && <InviteColleague cycleLabel={cycleLabel(cycle)} questionnaires={ofCycle} />}
      {!readOnly && <ImportResponses cycleId={cycle.id} />}
      {anyAnswered && <ExportPdf cycleId={cycle.id} />}
      {anyAnswered && (
        <CsvExportButton cycle={cycle} questionnaires={ofCycle} responses={responses} />
      )}
      {anyAnswered && (
        <Suspense fallback={null}>
          <ContributeLink cycleId={cycle.id} closed={readOnly} />
        </Suspense>
      )}

      <div className="stack-small">
        <button type="button" onClick={() => void closeCycle(cycle.id, !readOnly)}>
          {readOnly ? t('reopenCycle') : t('closeCycle')}
        </button>
        <p className="muted">{t('closeHint')}</p>
      </div>
    </section>
  );
}
