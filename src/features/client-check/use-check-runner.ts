// Steps through a client check one question at a time, answers held in memory only: they are never
// written anywhere, and they are gone once the result is closed (README "Client skills check").
import { useCallback, useState } from 'react';
import type { Answers } from '../../engine/answer';
import type { PreparedClientCheck } from '../../engine/client-check/parse';
import { clientResult, type ClientResult } from '../../engine/client-check/result';
import type { ClientQuestion } from '../../engine/client-check/schema';
import { scoreQuestions } from '../../engine/score';

export interface CheckRunner {
  /** The question on screen, or null once the check is over. */
  question: ClientQuestion | null;
  /** 1-based position of the question on screen among those shown. */
  number: number;
  total: number;
  answers: Answers;
  /** Records the answer to the question on screen and moves on. */
  answer(optionId: string): void;
  /** Moves on without an answer (the read-aloud view: a question that upsets the client). */
  skip(): void;
  /** Back to the previous question; false when on the first. */
  back(): boolean;
}

/** Questions shown for these answers, by the engine's display rules. */
function shownQuestions(questionnaire: PreparedClientCheck, answers: Answers): ClientQuestion[] {
  const visible = new Set(
    scoreQuestions(questionnaire, answers)
      .filter((result) => result.visible)
      .map((result) => result.questionId),
  );
  return questionnaire.definition.questions.filter((question) => visible.has(question.id));
}

export function useCheckRunner(
  questionnaire: PreparedClientCheck,
  onFinish: (result: ClientResult) => void,
): CheckRunner {
  const [answers, setAnswers] = useState<Answers>({});
  const [index, setIndex] = useState(0);
  const shown = shownQuestions(questionnaire, answers);
  const question = shown[index] ?? null;

  const advance = useCallback(
    (next: Answers) => {
      setAnswers(next);
      const nextShown = shownQuestions(questionnaire, next);
      if (index + 1 >= nextShown.length) {
        setIndex(nextShown.length);
        onFinish(clientResult(questionnaire, next));
      } else setIndex(index + 1);
    },
    [index, onFinish, questionnaire],
  );

  return {
    question,
    number: Math.min(index + 1, shown.length),
    total: shown.length,
    answers,
    answer: (optionId) => {
      if (question === null) return;
      advance({ ...answers, [question.id]: { value: optionId } });
    },
    skip: () => {
      if (question === null) return;
      const { [question.id]: _skipped, ...rest } = answers;
      advance(rest);
    },
    back: () => {
      if (index === 0) return false;
      setIndex(index - 1);
      return true;
    },
  };
}
