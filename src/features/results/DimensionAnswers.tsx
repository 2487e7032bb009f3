// What drove one dimension's score: each visible question with the answer given, its score, its weight
// and whether it is essential. Hidden questions are counted, not listed.
import { useTranslation } from 'react-i18next';
import type { PreparedQuestionnaire } from '../../engine/prepare';
import type { QuestionResult, QuestionnaireResult } from '../../engine/result';
import { localize } from '../../lib/typography';
import { useAnswerLabel } from './use-answer-label';
import { currentLanguage } from '../../lib/i18n';

interface Props {
  questionnaire: PreparedQuestionnaire;
  result: QuestionnaireResult;
  dimensionId: string;
}

export function DimensionAnswers({ questionnaire, result, dimensionId }: Props) {
  const { t, i18n } = useTranslation(['results', 'common']);
  const language = currentLanguage(i18n);
  const answerLabel = useAnswerLabel();
  const inDimension = result.questions.filter((q) => q.dimensionId === dimensionId);
  const visible = inDimension.filter((q) => q.visible);
  const hidden = inDimension.length - visible.length;

  const scoreText = (questionResult: QuestionResult) => {
    if (!questionResult.scored) return t('answers.notScored');
    if (questionResult.score !== null) {
      return t('common:score', { value: questionResult.score * 100 });
    }
    if (questionResult.status === 'not-applicable') return t('answers.leftOut');
    return t('overall.notAvailable');
  };

  return (
    <div className="stack-small">
      {visible.length === 0 ? (
        <p>{t('answers.none')}</p>
      ) : (
        <ul className="answer-list">
          {visible.map((questionResult) => {
            const question = questionnaire.questionById.get(questionResult.questionId);
            if (question === undefined) return null;
            return (
              <li key={question.id}>
                <p className="answer-prompt">
                  {localize(question.prompt, language)}
                  {questionResult.critical && (
                    <span className="badge badge-critical">{t('answers.critical')}</span>
                  )}
                </p>
                <dl className="answer-facts">
                  <div>
                    <dt>{t('answers.answer')}</dt>
                    <dd>{answerLabel(question, questionResult)}</dd>
                  </div>
                  <div>
                    <dt>{t('answers.score')}</dt>
                    <dd>{scoreText(questionResult)}</dd>
                  </div>
                  {questionResult.scored && (
                    <div>
                      <dt>{t('answers.weight')}</dt>
                      <dd>{t('answers.weightValue', { value: questionResult.weight })}</dd>
                    </div>
                  )}
                </dl>
              </li>
            );
          })}
        </ul>
      )}
      {hidden > 0 && <p className="hint">{t('answers.hidden', { count: hidden })}</p>}
    </div>
  );
}
