// Checks a questionnaire definition against the rules a schema cannot express. Messages are plain words
// for content authors; each names the JSON path it is about.
import {
  isClientDefinition,
  parseClientCheck,
  type PreparedClientCheck,
} from './client-check/parse';
import { clientCheckIssues } from './client-check/validate';
import { costEstimateIssues } from './cost-checks';
import { jsonPath, parseQuestionnaire, type PreparedQuestionnaire } from './prepare';
import { unreachableRecommendations } from './reachability';
import { checkSameAs, ownRecommendations } from './same-as';
import { isScored, type Condition, type Question } from './schema';

export interface ContentIssue {
  path: string;
  message: string;
}

type Report = (path: (string | number)[], message: string) => void;

function checkUnique(
  items: readonly { id: string }[],
  at: (string | number)[],
  what: string,
  report: Report,
) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) report([...at, index, 'id'], `duplicate ${what} id "${item.id}"`);
    seen.add(item.id);
  });
}

function checkConditionFits(
  condition: Condition,
  at: (string | number)[],
  questionnaire: PreparedQuestionnaire,
  report: Report,
  allowed: { questions: ReadonlySet<string>; dimensions: boolean; why: string },
): void {
  const { questionById, dimensionById } = questionnaire;
  switch (condition.op) {
    case 'all':
    case 'any':
      condition.conditions.forEach((part, index) => {
        checkConditionFits(part, [...at, 'conditions', index], questionnaire, report, allowed);
      });
      return;
    case 'not':
      checkConditionFits(condition.condition, [...at, 'condition'], questionnaire, report, allowed);
      return;
    case 'dimension-below':
    case 'dimension-at-least':
      if (!allowed.dimensions) report(at, `a display condition cannot depend on a dimension score`);
      else if (!dimensionById.has(condition.dimension))
        report(
          [...at, 'dimension'],
          `refers to dimension "${condition.dimension}", which does not exist`,
        );
      return;
  }
  const question = questionById.get(condition.question);
  if (question === undefined) {
    report([...at, 'question'], `refers to question "${condition.question}", which does not exist`);
    return;
  }
  if (!allowed.questions.has(question.id)) {
    report([...at, 'question'], `refers to question "${question.id}", ${allowed.why}`);
    return;
  }
  const mismatch = conditionMismatch(condition, question);
  if (mismatch !== null) report(at, mismatch);
}

function conditionMismatch(
  condition: Extract<Condition, { question: string }>,
  question: Question,
): string | null {
  const name = `question "${question.id}" (${question.kind})`;
  switch (condition.op) {
    case 'answer-is': {
      const valid = answerValuesOf(question);
      if (valid === null) return `"answer-is" cannot be used on ${name}`;
      const wrong = condition.values.filter((value) => !valid.includes(value));
      return wrong.length > 0
        ? `${name} has no answer ${wrong.map((v) => JSON.stringify(v)).join(', ')}; possible: ${valid.map((v) => JSON.stringify(v)).join(', ')}`
        : null;
    }
    case 'answer-includes':
    case 'answer-excludes':
      if (question.kind !== 'checklist')
        return `"${condition.op}" needs a checklist, but ${name} is not one`;
      return question.options.some((option) => option.id === condition.option)
        ? null
        : `${name} has no option "${condition.option}"`;
    case 'score-below':
    case 'score-at-least':
      return !isScored(question) ? `${name} is not scored, so "${condition.op}" never holds` : null;
    case 'dont-know':
      return question.allowDontKnow ? null : `${name} does not offer "don't know"`;
    case 'number-at-least':
      return question.kind === 'number'
        ? null
        : `"number-at-least" needs a number question, but ${name} is not one`;
  }
}

/** The answers a condition can name for a question, or null when the kind has no fixed answers. */
function answerValuesOf(question: Question): (string | number)[] | null {
  switch (question.kind) {
    case 'scale':
      return [0, 1, 2, 3, 4];
    case 'yes-partly-no':
      return ['yes', 'partly', 'no'];
    case 'single-choice':
      return question.options.map((option) => option.id);
    default:
      return null;
  }
}

/** Recommendation ids that take part in a dependency cycle, each cycle reported once. */
function dependencyCycles(questionnaire: PreparedQuestionnaire): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): void => {
    const current = state.get(id);
    if (current === 'done') return;
    if (current === 'visiting') {
      cycles.push([...stack.slice(stack.indexOf(id)), id]);
      return;
    }
    state.set(id, 'visiting');
    stack.push(id);
    for (const dependency of questionnaire.recommendationById.get(id)?.dependsOn ?? []) {
      if (questionnaire.recommendationById.has(dependency)) visit(dependency);
    }
    stack.pop();
    state.set(id, 'done');
  };
  questionnaire.definition.recommendations.forEach((recommendation) => {
    visit(recommendation.id);
  });
  return cycles;
}

/**
 * Rules every definition follows. `unscoredDimensions` are dimensions declared without a level (a client
 * check's access questions): they may have no scored question.
 */
export function checkSemantics(
  questionnaire: PreparedQuestionnaire,
  unscoredDimensions: ReadonlySet<string> = new Set(),
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const report: Report = (path, message) => issues.push({ path: jsonPath(path), message });
  const { definition, dimensionById, recommendationById } = questionnaire;

  checkUnique(definition.dimensions, ['dimensions'], 'dimension', report);
  checkUnique(definition.questions, ['questions'], 'question', report);
  checkUnique(definition.levels, ['levels'], 'level', report);
  checkUnique(definition.recommendations, ['recommendations'], 'recommendation', report);

  const allQuestions = new Set(definition.questions.map((question) => question.id));
  const earlier = new Set<string>();
  definition.questions.forEach((question, index) => {
    const at = ['questions', index];
    if (!dimensionById.has(question.dimension)) {
      report(
        [...at, 'dimension'],
        `refers to dimension "${question.dimension}", which does not exist`,
      );
    }
    if ('options' in question) checkUnique(question.options, [...at, 'options'], 'option', report);
    if (question.critical && !isScored(question)) {
      report(
        [...at, 'critical'],
        `question "${question.id}" is not scored, so it cannot be critical`,
      );
    }
    if (
      question.kind === 'number' &&
      question.min !== undefined &&
      question.max !== undefined &&
      question.min > question.max
    ) {
      report([...at, 'min'], `min (${question.min}) is greater than max (${question.max})`);
    }
    if (question.showIf !== undefined) {
      checkConditionFits(question.showIf, [...at, 'showIf'], questionnaire, report, {
        questions: earlier,
        dimensions: false,
        why: 'which is not listed before this question (display conditions may only look back)',
      });
    }
    earlier.add(question.id);
  });

  definition.dimensions.forEach((dimension, index) => {
    const scored = (questionnaire.questionsByDimension.get(dimension.id) ?? []).filter(isScored);
    if (scored.length === 0 && !unscoredDimensions.has(dimension.id))
      report(['dimensions', index], `dimension "${dimension.id}" has no scored question`);
  });

  const bounds = definition.levels.map((level) => level.lowerBound);
  if (!bounds.includes(0))
    report(['levels'], 'no level starts at 0, so low scores would have no level');
  if (new Set(bounds).size !== bounds.length)
    report(['levels'], 'two levels have the same lower bound');

  const hasCritical = definition.questions.some((question) => question.critical);
  if (
    definition.criticalCap !== undefined &&
    !definition.levels.some((l) => l.id === definition.criticalCap?.level)
  ) {
    report(
      ['criticalCap', 'level'],
      `refers to level "${definition.criticalCap.level}", which does not exist`,
    );
  }
  if (hasCritical && definition.criticalCap === undefined) {
    report(
      ['criticalCap'],
      'critical questions need a criticalCap saying which level an unmet one caps at',
    );
  }

  definition.recommendations.forEach((recommendation, index) => {
    const at = ['recommendations', index];
    checkConditionFits(recommendation.trigger, [...at, 'trigger'], questionnaire, report, {
      questions: allQuestions,
      dimensions: true,
      why: '',
    });
    recommendation.dependsOn.forEach((dependency, d) => {
      if (dependency === recommendation.id)
        report([...at, 'dependsOn', d], 'a recommendation cannot depend on itself');
      else if (!recommendationById.has(dependency))
        report(
          [...at, 'dependsOn', d],
          `depends on recommendation "${dependency}", which does not exist`,
        );
    });
  });
  definition.recommendations.forEach((recommendation, index) => {
    if (recommendation.cost === undefined) return;
    for (const { path, message } of costEstimateIssues(recommendation.cost))
      report(['recommendations', index, 'cost', ...path], message);
  });
  for (const { index, message } of checkSameAs(questionnaire, ownRecommendations(questionnaire)))
    report(['recommendations', index, 'sameAs'], message);
  for (const cycle of dependencyCycles(questionnaire)) {
    if (cycle.length <= 2) continue; // self-dependency, reported above
    const index = definition.recommendations.findIndex((r) => r.id === cycle[0]);
    report(['recommendations', index, 'dependsOn'], `dependency cycle: ${cycle.join(' → ')}`);
  }

  if (definition.previous !== undefined) {
    for (const newId of Object.keys(definition.previous.questionMap)) {
      if (!allQuestions.has(newId)) {
        report(
          ['previous', 'questionMap', newId],
          `maps question "${newId}", which is not in this version`,
        );
      }
    }
  }

  if (issues.length === 0) {
    for (const id of unreachableRecommendations(questionnaire)) {
      const index = definition.recommendations.findIndex((r) => r.id === id);
      report(
        ['recommendations', index, 'trigger'],
        `recommendation "${id}" can never be triggered by any set of answers`,
      );
    }
  }
  return issues;
}

/** Everything wrong with a raw definition: schema problems first, then semantic ones. A definition
 * answered by clients (`"audience": "client"`) is read in the client check format. */
export function validateQuestionnaire(
  raw: unknown,
):
  | { ok: true; questionnaire: PreparedQuestionnaire; issues: [] }
  | { ok: false; issues: ContentIssue[] } {
  if (isClientDefinition(raw)) return validateClientCheck(raw);
  const parsed = parseQuestionnaire(raw);
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  const issues = checkSemantics(parsed.questionnaire);
  return issues.length === 0
    ? { ok: true, questionnaire: parsed.questionnaire, issues: [] }
    : { ok: false, issues };
}

export function validateClientCheck(
  raw: unknown,
):
  | { ok: true; questionnaire: PreparedClientCheck; issues: [] }
  | { ok: false; issues: ContentIssue[] } {
  const parsed = parseClientCheck(raw);
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  const { questionnaire } = parsed;
  const unscored = questionnaire.definition.dimensions.filter((d) => d.scored === false);
  const issues = [
    ...checkSemantics(questionnaire, new Set(unscored.map((d) => d.id))),
    ...clientCheckIssues(questionnaire),
  ];
  return issues.length === 0 ? { ok: true, questionnaire, issues: [] } : { ok: false, issues };
}
