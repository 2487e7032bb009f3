// Essential (critical) questions first: a baseline not met names each unmet control and its answer,
// says how the overall level is capped, and an incomplete baseline lists what is still unanswered.
import { useTranslation } from 'react-i18next';
import type { PreparedQuestionnaire } from '../../engine/prepare';
import type { QuestionnaireResult } from '../../engine/result';
import { localize } from '../../lib/typography';
import { findLevel } from './dimension-summary';
import { useAnswerLabel } from './use-answer-label';
import { currentLanguage } from '../../lib/i18n';

interface Props {
  questionnaire: PreparedQuestionnaire;
  result: QuestionnaireResult;
}

export function BaselineCallout({ questionnaire, result }: Props) {
  const { t, i18n } = useTranslation(['results', 'common']);
  const language = currentLanguage(i18n);
  const answerLabel = useAnswerLabel();
  const { baseline, overall } = result;
  const { criticalCap } = questionnaire.definition;

  if (baseline.status === 'not-applicable') return null;
  if (baseline.status === 'met') {
    return <p className="callout callout-ok">{t('baseline.met')}</p>;
  }

  const questionList = (ids: readonly string[], withAnswers: boolean) => (
    <ul>
      {ids.map((id) => {
        const question = questionnaire.questionById.get(id);
        const questionResult = result.questions.find((q) => q.questionId === id);
        if (question === undefined) return null;
        return (
          <li key={id}>
            <span className="callout-prompt">{localize(question.prompt, language)}</span>
            {withAnswers && questionResult !== undefined && (
              <>
                {' '}
                <span className="muted">
                  ({t('baseline.unmetAnswer', { answer: answerLabel(question, questionResult) })})
                </span>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
  const uncapped = findLevel(questionnaire, overall.uncappedLevel);

  return (
    <section
      className={`callout ${baseline.status === 'not-met' ? 'callout-danger' : 'callout-warn'}`}
      aria-labelledby="baseline-heading"
    >
      <h2 id="baseline-heading">
        {baseline.status === 'not-met' ? t('common:baseline.not-met') : t('baseline.incomplete')}
      </h2>
      {baseline.status === 'not-met' && overall.capped && criticalCap !== undefined && (
        <p>{localize(criticalCap.message, language)}</p>
      )}
      {baseline.status === 'not-met' && overall.capped && uncapped !== undefined && (
        <p>{t('baseline.uncapped', { level: localize(uncapped.label, language) })}</p>
      )}
      {baseline.failed.length > 0 && (
        <>
          <p>{t('baseline.unmetIntro', { count: baseline.failed.length })}</p>
          {questionList(baseline.failed, true)}
        </>
      )}
      {baseline.unanswered.length > 0 && (
        <>
          <p>{t('baseline.unansweredIntro', { count: baseline.unanswered.length })}</p>
          {questionList(baseline.unanswered, false)}
        </>
      )}
    </section>
  );
}
