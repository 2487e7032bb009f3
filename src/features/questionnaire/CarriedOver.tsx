// After a response moved to a newer questionnaire version: which questions are new, which are asked
// differently, and which earlier answers could not come along, each linked to its section.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/Link';
import type { PreparedQuestionnaire } from '../../engine/prepare';
import { localize } from '../../lib/typography';
import type { CarriedFrom, Response } from '../../domain/response';
import { useQuestionnaire } from '../../state/queries/questionnaires';
import { currentLanguage } from '../../lib/i18n';

interface Props {
  response: Response;
  carried: CarriedFrom;
  questionnaire: PreparedQuestionnaire;
  /** The version the cycle's team result is built on. */
  cycleVersion: string | undefined;
  /** Open, with focus on it: the carrying has just happened. */
  fresh: boolean;
}

export function CarriedOver({ response, carried, questionnaire, cycleVersion, fresh }: Props) {
  const { t, i18n } = useTranslation('questionnaire');
  const language = currentLanguage(i18n);
  const earlier = useQuestionnaire(response.questionnaireId, carried.version);
  const summary = useRef<HTMLElement>(null);
  useEffect(() => {
    if (fresh) summary.current?.focus();
  }, [fresh]);

  const linkTo = (questionId: string) => {
    const question = questionnaire.questionById.get(questionId);
    if (!question) return <>{questionId}</>;
    return (
      <Link to={{ name: 'take', responseId: response.id, page: question.dimension }}>
        {localize(question.prompt, language)}
      </Link>
    );
  };
  const earlierPrompt = (questionId: string) => {
    const question =
      earlier.status === 'ready' ? earlier.value.questionById.get(questionId) : undefined;
    return question ? localize(question.prompt, language) : questionId;
  };
  const { newQuestions, changedQuestions, droppedAnswers } = carried;
  const nothing =
    newQuestions.length === 0 && changedQuestions.length === 0 && droppedAnswers.length === 0;

  return (
    <details className="notice stack-small" open={fresh || undefined}>
      <summary ref={summary}>
        {t('upgrade.carriedSummary', { from: carried.version, to: response.version })}
      </summary>
      {nothing && <p>{t('upgrade.nothingToCheck')}</p>}
      {newQuestions.length > 0 && (
        <>
          <p>{t('upgrade.newQuestions', { count: newQuestions.length })}</p>
          <ul>
            {newQuestions.map((id) => (
              <li key={id}>{linkTo(id)}</li>
            ))}
          </ul>
        </>
      )}
      {changedQuestions.length > 0 && (
        <>
          <p>{t('upgrade.changedQuestions', { count: changedQuestions.length })}</p>
          <ul>
            {changedQuestions.map((id) => (
              <li key={id}>{linkTo(id)}</li>
            ))}
          </ul>
        </>
      )}
      {droppedAnswers.length > 0 && (
        <>
          <p>{t('upgrade.droppedAnswers', { count: droppedAnswers.length })}</p>
          <ul>
            {droppedAnswers.map(({ questionId, reason }) => (
              <li key={questionId}>
                {t(reason === 'question-removed' ? 'upgrade.removed' : 'upgrade.noLongerFits', {
                  prompt: earlierPrompt(questionId),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="muted">{t('upgrade.keptAnswers', { from: carried.version })}</p>
      {cycleVersion !== undefined && cycleVersion !== response.version && (
        <p>{t('upgrade.separateFromTeam', { version: cycleVersion })}</p>
      )}
    </details>
  );
}
