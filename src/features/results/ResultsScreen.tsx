// Results of one questionnaire in a cycle: what the score is, why, and where leadership plans to be.
// Loaded on demand, so the chart library stays out of the first page's code.
import { cycleLabel } from '../../domain/cycle-period';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/Link';
import { CLIENT_CHECK_ID } from '../../state/queries/catalog';
import { Loading, NotFound } from '../../components/NotFound';
import { localize } from '../../lib/typography';
import { questionnaireOutcome } from '../../state/cycle-results';
import { useCycleData } from '../../state/queries/cycle-data';
import { useQuestionnaires } from '../../state/queries/questionnaire-sets';
import { QuestionnaireResults } from './QuestionnaireResults';
import { RespondentSelect } from './RespondentSelect';
import { shownResult, TEAM, versionRefs, versionsById } from './shown-result';
import { TeamView } from './team/TeamView';
import { currentLanguage } from '../../lib/i18n';
import { ClientOutcomesScreen, ReadAloudScreen } from '../client-check';
import { SectorComparison } from '../sector-snapshot';
import { showQuestionnaireActions } from '../../state/roadmap-filter-store';

// The comparison with other agencies (sector snapshot) loads with its own code and texts.

interface Props {
  cycleId: string;
  questionnaireId: string;
}

// The client skills check has no agency result: its results are counts of anonymous records, and
// its read-aloud view (phone, video) comes through here too, so the first load has one lazy screen
// less to know about. Both load on demand (the client check's public entry).

type ScreenProps = { cycleId: string } & (
  | { questionnaireId: string; readAloud?: undefined }
  | { readAloud: true; questionnaireId?: undefined }
);

export default function ResultsScreen(props: ScreenProps) {
  if (props.readAloud) return <ReadAloudScreen cycleId={props.cycleId} />;
  return props.questionnaireId === CLIENT_CHECK_ID ? (
    <ClientOutcomesScreen cycleId={props.cycleId} />
  ) : (
    <QuestionnaireResultsScreen cycleId={props.cycleId} questionnaireId={props.questionnaireId} />
  );
}

function QuestionnaireResultsScreen({ cycleId, questionnaireId }: Props) {
  const { t, i18n } = useTranslation(['results', 'common']);
  const language = currentLanguage(i18n);
  const data = useCycleData(cycleId);
  const cycleRef = data?.cycle.questionnaires.find((ref) => ref.id === questionnaireId);
  const responses =
    data?.responses.filter(({ response }) => response.questionnaireId === questionnaireId) ?? [];
  const versions = useQuestionnaires(
    cycleRef === undefined ? undefined : versionRefs(cycleRef, responses),
  );
  const [chosenResponseId, setChosenResponseId] = useState<string>(TEAM);

  if (data === undefined) return <Loading />;
  if (data === null || cycleRef === undefined) return <NotFound />;
  if (versions.status === 'loading') return <Loading />;
  if (versions.status === 'error') {
    return (
      <p role="alert">
        {t('common:errors.questionnaireUnavailable', {
          id: cycleRef.id,
          version: cycleRef.version,
        })}
      </p>
    );
  }

  const [questionnaire] = versions.value;
  if (questionnaire === undefined) return <NotFound />;
  const byId = versionsById(versions.value);
  const outcome = questionnaireOutcome(questionnaire, responses, byId);
  const shown = shownResult(outcome, byId, chosenResponseId);
  const { cycle } = data;
  const title = localize(questionnaire.definition.title, language);

  return (
    <section className="results stack">
      <header className="stack-small">
        <p className="muted">
          <Link to={{ name: 'cycle', cycleId: cycle.id }}>
            {t('backToCycle', { cycle: cycleLabel(cycle) })}
          </Link>
        </p>
        <h1>{t('title', { questionnaire: title })}</h1>
        <p className="muted">
          {t('context', {
            cycle: cycleLabel(cycle),
            version: (shown?.questionnaire ?? questionnaire).definition.version,
          })}
        </p>
        {cycle.closedAt !== undefined && <p className="notice">{t('common:readOnly')}</p>}
        {outcome.individuals.length > 1 && (
          <RespondentSelect
            individuals={outcome.individuals}
            shown={shown?.kind === 'individual' ? shown.individual.response.id : TEAM}
            onChoose={setChosenResponseId}
          />
        )}
      </header>

      {shown === undefined ? (
        <p>{t('noAnswers')}</p>
      ) : (
        <>
          {shown.kind === 'team' && outcome.team !== null && outcome.team.respondents > 1 && (
            <TeamView questionnaire={outcome.questionnaire} team={outcome.team} />
          )}
          <QuestionnaireResults
            cycle={cycle}
            questionnaire={shown.questionnaire}
            result={shown.result}
          />
          {/* Only the organization's own result is compared with other agencies. */}
          {outcome.result !== null &&
            (shown.kind === 'team' || outcome.individuals.length === 1) && (
              <Suspense fallback={null}>
                <SectorComparison
                  cycle={cycle}
                  questionnaire={outcome.questionnaire}
                  result={outcome.result}
                />
              </Suspense>
            )}
        </>
      )}

      <nav className="results-links" aria-label={t('linksLabel')}>
        <ul>
          <li>
            <Link to={{ name: 'cycle', cycleId: cycle.id }}>
              {t('backToCycle', { cycle: cycleLabel(cycle) })}
            </Link>
          </li>
          <li>
            <Link
              to={{ name: 'roadmap', cycleId: cycle.id }}
              onClick={() => {
                showQuestionnaireActions(cycle.id, questionnaireId);
              }}
            >
              {t('seeQuestionnaireActions')}
            </Link>
          </li>
          <li>
            <Link
              to={{ name: 'roadmap', cycleId: cycle.id }}
              onClick={() => {
                showQuestionnaireActions(cycle.id, '');
              }}
            >
              {t('seeRoadmap')}
            </Link>
          </li>
        </ul>
      </nav>
    </section>
  );
}
