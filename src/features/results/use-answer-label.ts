// The answer given to a question, in words: option label, yes/partly/no, the scale step and its
// anchor text, "don't know", "not applicable" or not answered.
import { useTranslation } from 'react-i18next';
import type { QuestionResult } from '../../engine/result';
import type { Question } from '../../engine/schema';
import { answerText } from '../../presentation/reasons';
import { useContentFormat } from '../../components/use-content-format';

export function useAnswerLabel(): (question: Question, result: QuestionResult) => string {
  const { t } = useTranslation(['results', 'common']);
  const format = useContentFormat();
  return (question, result) => {
    switch (result.status) {
      case 'answered':
        if (result.value === undefined) return t('common:answer.unanswered');
        if (question.kind === 'scale' && typeof result.value === 'number') {
          return t('answers.scale', {
            step: result.value,
            text: answerText(question, result.value, format),
          });
        }
        return answerText(question, result.value, format);
      case 'dont-know':
        return t('common:answer.dontKnow');
      case 'not-applicable':
        return t('common:answer.notApplicable');
      case 'unanswered':
        return t('common:answer.unanswered');
      case 'invalid':
        return t('answers.invalid');
    }
  };
}
