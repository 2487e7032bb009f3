// Roadmap items in words: an item's title, and each reason that triggered it as a "because…" sentence
// (the question and the answer given, or the dimension and its score).
import type { AnswerValue } from '../engine/answer';
import type { Reason } from '../engine/conditions';
import type { PreparedQuestionnaire } from '../engine/prepare';
import type { RoadmapItem } from '../engine/result';
import type { Question } from '../engine/schema';
import type { Formatter } from './format';

/** The recommendation's title, or what to find out for a "don't know" answer. */
export function itemTitle(
  questionnaire: PreparedQuestionnaire,
  item: RoadmapItem,
  format: Formatter,
): string {
  if (item.kind === 'recommendation') {
    const recommendation = questionnaire.recommendationById.get(item.recommendationId);
    return recommendation === undefined ? item.key : format.text(recommendation.title);
  }
  const question = questionnaire.questionById.get(item.questionId);
  if (question === undefined) return item.key;
  return question.findOut === undefined
    ? format.t('report:reason.findOutTitle', { prompt: format.text(question.prompt) })
    : format.text(question.findOut);
}

function optionLabel(question: Question, optionId: string, format: Formatter): string {
  if (question.kind !== 'single-choice' && question.kind !== 'checklist') return optionId;
  const option = question.options.find((candidate) => candidate.id === optionId);
  return option === undefined ? optionId : format.text(option.label);
}

/** The answer given, as the respondent saw it. */
export function answerText(question: Question, value: AnswerValue, format: Formatter): string {
  switch (question.kind) {
    case 'scale':
      return typeof value === 'number' && question.anchors[value] !== undefined
        ? format.text(question.anchors[value])
        : String(value);
    case 'yes-partly-no':
      return value === 'yes' || value === 'partly' || value === 'no'
        ? format.t(`common:answer.${value}`)
        : String(value);
    case 'single-choice':
      return typeof value === 'string' ? optionLabel(question, value, format) : String(value);
    case 'checklist': {
      const ticked = Array.isArray(value) ? value : [];
      return ticked.length === 0
        ? format.t('common:answer.none')
        : ticked.map((id) => optionLabel(question, id, format)).join(', ');
    }
    case 'number':
      return question.unit === undefined
        ? String(value)
        : `${String(value)} ${format.text(question.unit)}`;
    case 'text':
      return String(value);
  }
}

function questionReason(
  reason: Extract<Reason, { type: 'question' }>,
  question: Question,
  format: Formatter,
): string {
  const prompt = format.text(question.prompt);
  if (reason.status === 'dont-know') {
    return format.t('report:reason.question', {
      prompt,
      answer: format.t('common:answer.dontKnow'),
    });
  }
  const { condition } = reason;
  if (condition.op === 'answer-excludes' || condition.op === 'answer-includes') {
    return format.t(
      condition.op === 'answer-excludes' ? 'report:reason.notTicked' : 'report:reason.ticked',
      { prompt, option: optionLabel(question, condition.option, format) },
    );
  }
  const answer =
    reason.value === undefined
      ? format.t('common:answer.unanswered')
      : answerText(question, reason.value, format);
  // A scale anchor is a sentence; its full stop would clash with the closing quote's.
  return format.t('report:reason.question', { prompt, answer: answer.replace(/\.$/, '') });
}

/** One "because…" sentence per reason, in the order the trigger lists them. */
export function reasonSentence(
  questionnaire: PreparedQuestionnaire,
  reason: Reason,
  format: Formatter,
): string {
  if (reason.type === 'dimension') {
    const dimension = questionnaire.dimensionById.get(reason.dimensionId);
    return format.t(
      reason.condition.op === 'dimension-below'
        ? 'report:reason.dimensionBelow'
        : 'report:reason.dimensionAtLeast',
      {
        dimension: dimension === undefined ? reason.dimensionId : format.text(dimension.title),
        score: Math.round(reason.score),
        threshold: reason.condition.value,
      },
    );
  }
  const question = questionnaire.questionById.get(reason.questionId);
  return question === undefined ? reason.questionId : questionReason(reason, question, format);
}

/** The item's reasons as sentences, without repeating the same sentence. */
export function reasonSentences(
  questionnaire: PreparedQuestionnaire,
  item: RoadmapItem,
  format: Formatter,
): string[] {
  return [...new Set(item.reasons.map((reason) => reasonSentence(questionnaire, reason, format)))];
}
