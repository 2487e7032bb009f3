// Carrying an unfinished response to a newer version of its questionnaire. Questions pair up as in
// comparisons (same id, or the later version's `previous.questionMap`); an answer moves to its
// question's later counterpart when it still fits there. What the person must look at again is listed,
// not guessed: questions that are new, questions asked differently, and answers that could not move.
import { scoreAnswer, type Answer, type Answers } from './answer';
import { sharedQuestions } from './compare';
import { canonicalJson } from './content-hash';
import type { PreparedQuestionnaire } from './prepare';
import type { Question } from './schema';

export type DropReason =
  /** The question is not in the newer version (or was not in the older one either). */
  | 'question-removed'
  /** The question is still there, but the answer is not one it accepts any more. Its note moves. */
  | 'answer-no-longer-fits';

export interface DroppedAnswer {
  /** The question id in the version the answer was given on. */
  questionId: string;
  reason: DropReason;
}

export interface CarriedAnswers {
  /** Answers for the later version, by its question ids. */
  answers: Record<string, Answer>;
  /** For each carried answer, the id of the question it was given to. */
  sources: Record<string, string>;
  /** Later questions with no earlier counterpart, in questionnaire order. */
  newQuestions: string[];
  /** Later questions asked differently from their earlier counterpart (wording, choices, allowed
   *  answers), in questionnaire order: their answers moved if they still fit, and need a look. */
  changedQuestions: string[];
  /** Earlier answers that did not move, in the earlier questionnaire's order. */
  droppedAnswers: DroppedAnswer[];
}

/** What a respondent sees of a question and what an answer to it means; not how it is scored. */
function asked(question: Question): string {
  return canonicalJson({
    kind: question.kind,
    prompt: question.prompt,
    help: question.help,
    allowNotApplicable: question.allowNotApplicable,
    allowDontKnow: question.allowDontKnow,
    anchors: question.kind === 'scale' ? question.anchors : undefined,
    options:
      'options' in question ? question.options.map(({ id, label }) => ({ id, label })) : undefined,
    min: question.kind === 'number' ? question.min : undefined,
    max: question.kind === 'number' ? question.max : undefined,
    unit: question.kind === 'number' ? question.unit : undefined,
  });
}

const answerOf = (answers: Answers, id: string): Answer | undefined =>
  Object.hasOwn(answers, id) ? answers[id] : undefined;

/** One step: answers on `earlier` moved to `later`. */
function carryStep(
  earlier: PreparedQuestionnaire,
  later: PreparedQuestionnaire,
  answers: Answers,
): CarriedAnswers {
  const shared = sharedQuestions(earlier, later);
  const moved = new Set<string>();
  const carried: CarriedAnswers = {
    answers: {},
    sources: {},
    newQuestions: [],
    changedQuestions: [],
    droppedAnswers: [],
  };
  const misfits = new Set<string>();
  for (const question of later.definition.questions) {
    const source = shared.get(question.id);
    const before = source === undefined ? undefined : earlier.questionById.get(source);
    if (source === undefined || before === undefined) {
      carried.newQuestions.push(question.id);
      continue;
    }
    if (asked(before) !== asked(question)) carried.changedQuestions.push(question.id);
    const answer = answerOf(answers, source);
    if (answer === undefined) continue;
    moved.add(source);
    if (scoreAnswer(question, answer).status === 'invalid') {
      misfits.add(source);
      if (answer.note === undefined || answer.note === '') continue;
      carried.answers[question.id] = { note: answer.note };
    } else {
      carried.answers[question.id] = answer;
    }
    carried.sources[question.id] = source;
  }
  const earlierOrder = new Map(earlier.definition.questions.map((q, index) => [q.id, index]));
  carried.droppedAnswers = Object.keys(answers)
    .filter((id) => answerOf(answers, id) !== undefined && (!moved.has(id) || misfits.has(id)))
    .sort(
      (a, b) =>
        (earlierOrder.get(a) ?? Infinity) - (earlierOrder.get(b) ?? Infinity) || a.localeCompare(b),
    )
    .map((questionId) => ({
      questionId,
      reason: misfits.has(questionId) ? 'answer-no-longer-fits' : 'question-removed',
    }));
  return carried;
}

/**
 * Answers of a response on `versions[0]` carried through each later version in turn to the last one
 * (going through every version in between follows each one's question map). Ids in the lists are
 * those of the last version, except dropped answers, which name the question the answer was given to.
 */
export function carryAnswersThrough(
  versions: readonly PreparedQuestionnaire[],
  answers: Answers,
): CarriedAnswers {
  const [first, ...rest] = versions;
  if (first === undefined) throw new Error('carryAnswersThrough needs at least one version');
  // where each current question came from in the first version, and which were asked differently
  let origin = new Map(first.definition.questions.map((q) => [q.id, q.id]));
  let changed = new Set<string>();
  // current question id → the question id the answer was first given to
  let sources = new Map(Object.keys(answers).map((id) => [id, id]));
  let current = answers;
  let last = first;
  const dropped: DroppedAnswer[] = [];
  for (const next of rest) {
    const step = carryStep(last, next, current);
    const nextOrigin = new Map<string, string>();
    const nextChanged = new Set(step.changedQuestions);
    for (const [laterId, earlierId] of sharedQuestions(last, next)) {
      const root = origin.get(earlierId);
      if (root !== undefined) nextOrigin.set(laterId, root);
      if (changed.has(earlierId)) nextChanged.add(laterId);
    }
    for (const drop of step.droppedAnswers)
      dropped.push({ ...drop, questionId: sources.get(drop.questionId) ?? drop.questionId });
    sources = new Map(
      Object.entries(step.sources).map(([laterId, earlierId]) => [
        laterId,
        sources.get(earlierId) ?? earlierId,
      ]),
    );
    origin = nextOrigin;
    changed = nextChanged;
    current = step.answers;
    last = next;
  }
  const kept = Object.keys(current).flatMap((id) => {
    const answer = answerOf(current, id);
    return answer === undefined ? [] : [[id, answer] as const];
  });
  const questions = last.definition.questions;
  return {
    answers: Object.fromEntries(kept),
    sources: Object.fromEntries(kept.map(([id]) => [id, sources.get(id) ?? id])),
    newQuestions: questions.filter((q) => !origin.has(q.id)).map((q) => q.id),
    changedQuestions: questions
      .filter((q) => origin.has(q.id) && changed.has(q.id))
      .map((q) => q.id),
    droppedAnswers: dropped,
  };
}

/** Answers of a response on `earlier` carried to `later`. */
export function carryAnswers(
  earlier: PreparedQuestionnaire,
  later: PreparedQuestionnaire,
  answers: Answers,
): CarriedAnswers {
  return carryAnswersThrough([earlier, later], answers);
}
