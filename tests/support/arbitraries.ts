// fast-check generators: random valid questionnaire definitions and answer sets for them.
import fc from 'fast-check';
import type { Answer } from '../../src/engine/answer';
import type { Condition, QuestionnaireInput } from '../../src/engine/schema';

type QuestionInput = QuestionnaireInput['questions'][number];
const text = (id: string) => ({ en: `${id} en`, fr: `${id} fr` });
const anchors = [0, 1, 2, 3, 4].map((step) => text(`step ${step}`)) as [
  ReturnType<typeof text>,
  ReturnType<typeof text>,
  ReturnType<typeof text>,
  ReturnType<typeof text>,
  ReturnType<typeof text>,
];

const questionShape = fc.record({
  kind: fc.constantFrom('scale', 'yes-partly-no', 'single-choice', 'checklist', 'number', 'text'),
  weight: fc.constantFrom(1, 1, 2, 0.5, 3),
  allowNotApplicable: fc.boolean(),
  allowDontKnow: fc.boolean(),
  critical: fc.boolean(),
  optionScores: fc.array(fc.constantFrom(0, 0.25, 0.5, 1), { minLength: 2, maxLength: 4 }),
  optionWeights: fc.array(fc.constantFrom(1, 2, 3), { minLength: 1, maxLength: 4 }),
});

type QuestionShape = typeof questionShape extends fc.Arbitrary<infer T> ? T : never;

function buildQuestion(id: string, dimension: string, shape: QuestionShape): QuestionInput {
  const base = {
    id,
    dimension,
    prompt: text(id),
    weight: shape.weight,
    allowNotApplicable: shape.allowNotApplicable,
    allowDontKnow: shape.allowDontKnow,
  };
  const critical = shape.critical;
  switch (shape.kind) {
    case 'scale':
      return { ...base, critical, kind: 'scale', anchors };
    case 'yes-partly-no':
      return { ...base, critical, kind: 'yes-partly-no' };
    case 'single-choice':
      return {
        ...base,
        critical,
        kind: 'single-choice',
        options: shape.optionScores.map((score, i) => ({
          id: `o${i}`,
          label: text(`o${i}`),
          score,
        })),
      };
    case 'checklist':
      return {
        ...base,
        critical,
        kind: 'checklist',
        options: shape.optionWeights.map((weight, i) => ({
          id: `o${i}`,
          label: text(`o${i}`),
          weight,
        })),
      };
    case 'number':
      return { ...base, kind: 'number', min: 0, max: 100 };
    default:
      return { ...base, kind: 'text' };
  }
}

/** Scored conditions a trigger can use on a question. */
function triggerFor(question: QuestionInput, threshold: number): Condition {
  if (question.kind === 'number')
    return { op: 'number-at-least', question: question.id, value: 10 };
  if (question.kind === 'text')
    return { op: 'dimension-below', dimension: question.dimension, value: 50 };
  return { op: 'score-below', question: question.id, value: threshold };
}

export const questionnaireArbitrary = fc
  .record({
    dimensionWeights: fc.array(fc.constantFrom(1, 2, 3), { minLength: 1, maxLength: 4 }),
    shapes: fc.array(questionShape, { minLength: 1, maxLength: 16 }),
    recommendations: fc.array(
      fc.record({
        target: fc.nat(),
        threshold: fc.constantFrom(0.25, 0.5, 0.75, 1),
        effort: fc.constantFrom('low', 'medium', 'high'),
        impact: fc.constantFrom('low', 'medium', 'high'),
        horizon: fc.option(fc.constantFrom('now', 'next', 'later'), { nil: undefined }),
        dependsOn: fc.array(fc.nat(), { maxLength: 2 }),
      }),
      { maxLength: 10 },
    ),
    // absent (the default, 0.8) in most definitions, like the published ones
    levelCoverage: fc.option(fc.constantFrom(0, 0.5, 2 / 3, 0.75, 0.8, 0.9, 1), {
      nil: undefined,
      freq: 2,
    }),
  })
  .map(({ dimensionWeights, shapes, recommendations, levelCoverage }): QuestionnaireInput => {
    const dimensions = dimensionWeights.map((weight, i) => ({
      id: `d${i}`,
      title: text(`d${i}`),
      description: text(`d${i}`),
      weight,
    }));
    const questions = shapes.map((shape, i) =>
      buildQuestion(`q${i}`, `d${i % dimensions.length}`, shape),
    );
    return {
      id: 'generated',
      version: '1.0.0',
      respondent: 'organization',
      title: text('title'),
      description: text('description'),
      dimensions,
      questions,
      levels: [
        { id: 'low', lowerBound: 0, label: text('low'), description: text('low') },
        { id: 'mid', lowerBound: 40, label: text('mid'), description: text('mid') },
        { id: 'high', lowerBound: 75, label: text('high'), description: text('high') },
      ],
      criticalCap: { level: 'low', message: text('cap') },
      ...(levelCoverage === undefined ? {} : { levelCoverage }),
      recommendations: recommendations.map((rec, i) => {
        const question = questions[rec.target % questions.length];
        if (question === undefined) throw new Error('no question');
        return {
          id: `r${i}`,
          title: text(`r${i}`),
          body: text(`r${i}`),
          effort: rec.effort,
          impact: rec.impact,
          trigger: triggerFor(question, rec.threshold),
          // only earlier recommendations, so there is no cycle
          dependsOn: i === 0 ? [] : [...new Set(rec.dependsOn.map((d) => `r${d % i}`))],
          ...(rec.horizon === undefined ? {} : { horizon: rec.horizon }),
        };
      }),
    };
  });

/** Every answer a question can take, worst first for scored kinds, with the specials it allows. */
export function possibleAnswers(question: QuestionInput): Answer[] {
  const values: Answer[] = (() => {
    switch (question.kind) {
      case 'scale':
        return [0, 1, 2, 3, 4].map((value) => ({ value }));
      case 'yes-partly-no':
        return ['no', 'partly', 'yes'].map((value) => ({ value }));
      case 'single-choice':
        return question.options.map((o) => ({ value: o.id }));
      case 'checklist': {
        const ids = question.options.map((o) => o.id);
        return [[], ...ids.map((id) => [id]), ids].map((value) => ({ value }));
      }
      case 'number':
        return [0, 5, 10, 50].map((value) => ({ value }));
      case 'text':
        return [{ value: 'a note' }];
    }
  })();
  if (question.allowDontKnow ?? true) values.push({ special: 'dont-know' });
  if (question.allowNotApplicable ?? false) values.push({ special: 'not-applicable' });
  return values;
}

/**
 * The generated definitions with display conditions added: some questions are shown only when an
 * earlier scored question reaches (or stays below) a score, as follow-up questions are.
 */
export const questionnaireWithConditionsArbitrary = fc
  .tuple(
    questionnaireArbitrary,
    fc.array(
      fc.record({
        at: fc.nat(),
        on: fc.nat(),
        value: fc.constantFrom(0.25, 0.5, 1),
        below: fc.boolean(),
      }),
      { maxLength: 5 },
    ),
  )
  .map(([definition, conditions]): QuestionnaireInput => {
    const questions = [...definition.questions];
    for (const { at, on, value, below } of conditions) {
      const index = at % questions.length;
      const question = questions[index];
      // only earlier scored questions: conditions may look back only
      const earlier = questions
        .slice(0, index)
        .filter((q) => q.kind !== 'number' && q.kind !== 'text');
      const target = earlier[on % Math.max(1, earlier.length)];
      if (question === undefined || target === undefined) continue;
      const condition: Condition = {
        op: below ? 'score-below' : 'score-at-least',
        question: target.id,
        value,
      };
      questions[index] = { ...question, showIf: condition };
    }
    return { ...definition, questions };
  });

/** Each definition with an answer set for it; some questions unanswered. */
export function withAnswers(
  definitions: fc.Arbitrary<QuestionnaireInput>,
): fc.Arbitrary<{ definition: QuestionnaireInput; answers: Record<string, Answer> }> {
  return definitions.chain((definition) =>
    fc
      .tuple(
        ...definition.questions.map((question) =>
          fc.option(fc.constantFrom(...possibleAnswers(question)), { nil: undefined }),
        ),
      )
      .map((chosen) => ({
        definition,
        answers: Object.fromEntries(
          definition.questions.flatMap((question, i) =>
            chosen[i] === undefined ? [] : [[question.id, chosen[i]] as const],
          ),
        ),
      })),
  );
}

/** A questionnaire with an answer set; some questions unanswered. */
export const questionnaireWithAnswers = withAnswers(questionnaireArbitrary);
