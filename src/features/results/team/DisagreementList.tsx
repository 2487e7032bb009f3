// The questions the team answered most differently, with how each answer was shared.
import { useTranslation } from 'react-i18next';
import { disagreements, type AnswerShare, type TeamResult } from '../../../engine/aggregate';
import type { PreparedQuestionnaire } from '../../../engine/prepare';
import type { Question } from '../../../engine/schema';
import { localize } from '../../../lib/typography';
import { answerText } from '../../../presentation/reasons';
import { useContentFormat } from '../../../components/use-content-format';
import { currentLanguage } from '../../../lib/i18n';

export function DisagreementList({
  questionnaire,
  team,
}: {
  questionnaire: PreparedQuestionnaire;
  team: TeamResult;
}) {
  const { t, i18n } = useTranslation(['results', 'common']);
  const language = currentLanguage(i18n);
  const format = useContentFormat();
  const list = disagreements(team);

  const shareLabel = (question: Question, share: AnswerShare) => {
    switch (share.status) {
      case 'answered':
        return share.value === undefined ? '' : answerText(question, share.value, format);
      case 'dont-know':
        return t('common:answer.dontKnow');
      case 'not-applicable':
        return t('common:answer.notApplicable');
      default:
        return t('common:answer.unanswered');
    }
  };

  return (
    <section className="card stack-small" aria-labelledby="disagreements-heading">
      <h2 id="disagreements-heading">{t('team.disagreementsHeading')}</h2>
      {list.length === 0 ? (
        <p>{t('team.noDisagreement', { count: team.respondents })}</p>
      ) : (
        <>
          <p>{t('team.disagreementsIntro')}</p>
          <ol className="disagreements">
            {list.map((aggregate) => {
              const question = questionnaire.questionById.get(aggregate.questionId);
              if (!question) return null;
              const dimension = questionnaire.dimensionById.get(question.dimension);
              return (
                <li key={aggregate.questionId} className="stack-small">
                  <p>
                    <strong>{localize(question.prompt, language)}</strong>{' '}
                    <span className="muted">
                      ({dimension ? localize(dimension.title, language) : ''})
                    </span>
                  </p>
                  <p>
                    {t('team.agreement', {
                      agreement: t('common:percent', { value: aggregate.agreement ?? 0 }),
                    })}
                  </p>
                  <ul>
                    {aggregate.distribution.map((share) => (
                      <li key={share.key}>
                        {t('team.share', {
                          answer: shareLabel(question, share),
                          count: share.count,
                        })}
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
