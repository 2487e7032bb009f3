// The engine's entry point: answers in, a complete explainable result with its roadmap out.
import type { Answers } from './answer';
import type { PreparedQuestionnaire } from './prepare';
import type { QuestionnaireResult } from './result';
import { buildRoadmap } from './roadmap';
import { scoreQuestions } from './score';
import { summarizeBaseline, summarizeDimensions, summarizeOverall } from './summarize';

export function assess(
  questionnaire: PreparedQuestionnaire,
  answers: Answers,
): QuestionnaireResult {
  const questions = scoreQuestions(questionnaire, answers);
  const dimensions = summarizeDimensions(questionnaire, questions);
  const baseline = summarizeBaseline(questions);
  const overall = summarizeOverall(questionnaire, questions, dimensions, baseline);
  const { id, version } = questionnaire.definition;
  return {
    questionnaire: { id, version, contentHash: questionnaire.contentHash },
    overall,
    dimensions,
    questions,
    baseline,
    roadmap: buildRoadmap(questionnaire, questions, dimensions),
    invalidAnswers: questions.filter((q) => q.status === 'invalid').map((q) => q.questionId),
  };
}
