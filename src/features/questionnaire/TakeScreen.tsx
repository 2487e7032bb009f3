// Taking a questionnaire: one section per page, every answer saved to IndexedDB as it is given, and
// reopening returns to the section the person was on.
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/Link';
import { Loading, NotFound } from '../../components/NotFound';
import type { Answer } from '../../engine/answer';
import { responseProgress } from '../../engine/progress';
import { scoreQuestions } from '../../engine/score';
import { localize } from '../../lib/typography';
import { toAnswers } from '../../domain/to-answers';
import { useAnswerRecords, useResponse } from '../../state/queries/responses';
import { offersNewerVersion } from '../../state/queries/newer-version';
import { navigate } from '../../routing/route-store';
import { saveAnswer } from '../../state/commands/answers';
import { rememberPage } from '../../state/commands/places';
import { useCycleOf } from '../../state/queries/cycles';
import { useQuestionnaire } from '../../state/queries/questionnaires';
import { QuestionCard } from './QuestionCard';
import { useOptimisticAnswers } from './use-optimistic-answers';
import { currentLanguage } from '../../lib/i18n';

// The review page (and its export) loads on demand: it is not needed to show the first questions.
// No Suspense boundary of its own: going to the review page keeps the section on screen until the
// page's code is in (the route renders deferred, see Screen).
const ReviewPage = lazy(() =>
  import('./ReviewPage').then(({ ReviewPage: page }) => ({ default: page })),
);
// The offer of a newer version and the list of what carrying changed appear only on responses that
// have them; they load on demand, beside the questions rather than before them.
const NewerVersionOffer = lazy(() =>
  import('./NewerVersionOffer').then((module) => ({ default: module.NewerVersionOffer })),
);
// The list of sections with each one's status loads beside the first questions, not before them.
const SectionStepper = lazy(() => import('./SectionStepper'));
const CarriedOver = lazy(() =>
  import('./CarriedOver').then((module) => ({ default: module.CarriedOver })),
);

export function TakeScreen({ responseId, page }: { responseId: string; page: string | undefined }) {
  const { t, i18n } = useTranslation(['questionnaire', 'common']);
  const language = currentLanguage(i18n);
  const response = useResponse(responseId);
  const records = useAnswerRecords(responseId);
  const cycle = useCycleOf(response);
  const questionnaire = useQuestionnaire(response?.questionnaireId, response?.version);
  const { answers, give } = useOptimisticAnswers(
    useMemo(() => toAnswers(records ?? []), [records]),
  );
  // Set when the answers were just carried to a newer version, to open the list of what to check.
  const [justCarried, setJustCarried] = useState(false);

  const dimensions =
    questionnaire.status === 'ready' ? questionnaire.value.definition.dimensions : [];
  const pages = [...dimensions.map((d) => d.id), 'review'];
  const requested = page ?? response?.lastPage;
  const current =
    requested !== undefined && pages.includes(requested) ? requested : dimensions[0]?.id;

  // Remember the page so reopening the app resumes here; put it in the address for the back button.
  useEffect(() => {
    if (!response || current === undefined) return;
    if (page !== current) navigate({ name: 'take', responseId, page: current }, { replace: true });
    if (response.lastPage !== current) rememberPage(responseId, current);
  }, [current, page, response, responseId]);

  // a response that does not exist has no cycle to wait for
  if (response === null) return <NotFound />;
  if (response === undefined || records === undefined || cycle === undefined) return <Loading />;
  if (questionnaire.status === 'loading') return <Loading />;
  if (questionnaire.status === 'error') {
    return (
      <p role="alert">
        {t('common:errors.questionnaireUnavailable', {
          id: response.questionnaireId,
          version: response.version,
        })}
      </p>
    );
  }

  const prepared = questionnaire.value;
  const { definition } = prepared;
  const readOnly = cycle?.closedAt !== undefined;
  const lastCarried = response.carriedFrom?.at(-1);
  const progress = responseProgress(prepared, answers);
  const visible = new Set(
    scoreQuestions(prepared, answers)
      .filter((q) => q.visible)
      .map((q) => q.questionId),
  );
  const pageIndex = current === undefined ? -1 : pages.indexOf(current);
  const dimension = dimensions.find((d) => d.id === current);
  const numbered = definition.questions.filter((q) => visible.has(q.id));

  const onChange = (questionId: string, answer: Answer | null) => {
    const settle = give(questionId, answer);
    return saveAnswer(responseId, questionId, answer).then((saved) => {
      // Saved: the stored answer shows once the database reports it. Not saved (a full disk, say):
      // the answer stays on screen and the message says it is not saved (the update prompt knows
      // it too); the next change to the same question writes it.
      settle(saved);
      return saved;
    });
  };
  const goTo = (index: number) => {
    const target = pages[index];
    if (target !== undefined) navigate({ name: 'take', responseId, page: target });
  };

  return (
    <div className="take">
      <header className="take-header stack-small">
        <p className="muted">
          <Link to={{ name: 'cycle', cycleId: response.cycleId }}>
            {cycle?.name ?? t('backToCycle')}
          </Link>
        </p>
        <h1>{localize(definition.title, language)}</h1>
        <p>{t('respondentLine', { respondent: response.respondent })}</p>
        <p>
          <label>
            <span>
              {t('overallProgress', { answered: progress.answered, total: progress.total })}
            </span>{' '}
            <progress value={progress.answered} max={Math.max(progress.total, 1)} />
          </label>
        </p>
        {readOnly && <p className="notice">{t('readOnly')}</p>}
        <Suspense fallback={null}>
          {!readOnly && offersNewerVersion(response) && (
            <NewerVersionOffer
              response={response}
              onCarried={() => {
                setJustCarried(true);
              }}
            />
          )}
          {lastCarried !== undefined && response.submittedAt === undefined && (
            <CarriedOver
              response={response}
              carried={lastCarried}
              questionnaire={prepared}
              cycleVersion={cycle?.questionnaires.find((q) => q.id === definition.id)?.version}
              fresh={justCarried}
            />
          )}
        </Suspense>
      </header>

      <Suspense fallback={null}>
        <SectionStepper
          questionnaire={prepared}
          responseId={responseId}
          page={current ?? ''}
          progress={progress}
        />
      </Suspense>

      <div className="take-body">
        {dimension ? (
          <section className="stack" aria-labelledby="dimension-heading">
            <h2 id="dimension-heading">{localize(dimension.title, language)}</h2>
            <p>{localize(dimension.description, language)}</p>
            <p className="muted" aria-live="polite">
              {t('dimensionProgress', {
                ...(progress.byDimension[dimension.id] ?? { answered: 0, total: 0 }),
              })}
            </p>
            {(prepared.questionsByDimension.get(dimension.id) ?? [])
              .filter((question) => visible.has(question.id))
              .map((question) => (
                <QuestionCard
                  key={question.id}
                  responseId={responseId}
                  question={question}
                  number={numbered.indexOf(question) + 1}
                  total={numbered.length}
                  answer={answers[question.id]}
                  readOnly={readOnly}
                  onChange={onChange}
                />
              ))}
          </section>
        ) : (
          <ReviewPage
            questionnaire={prepared}
            response={response}
            progress={progress}
            readOnly={readOnly}
          />
        )}
      </div>

      <nav className="pager" aria-label={t('sections')}>
        {pageIndex > 0 && (
          <button
            type="button"
            onClick={() => {
              goTo(pageIndex - 1);
            }}
          >
            {t('previous')}
          </button>
        )}
        {pageIndex < pages.length - 1 && (
          <button
            type="button"
            className="primary"
            onClick={() => {
              goTo(pageIndex + 1);
            }}
          >
            {pageIndex === pages.length - 2 ? t('review') : t('next')}
          </button>
        )}
      </nav>
    </div>
  );
}
