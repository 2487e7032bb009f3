import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer';
import { scoreAnswer } from '../../src/engine/answer';
import { assess } from '../../src/engine/assess';
import { HORIZONS } from '../../src/engine/roadmap';
import { questionSchema } from '../../src/engine/schema';
import {
  possibleAnswers,
  questionnaireArbitrary,
  questionnaireWithAnswers,
} from '../support/arbitraries';
import { prepare } from '../support/example';

const inRange = (score: number | null) => score === null || (score >= 0 && score <= 100);

describe('engine properties', () => {
  it('keeps every score within 0..100', () => {
    fc.assert(
      fc.property(questionnaireWithAnswers, ({ definition, answers }) => {
        const result = assess(prepare(definition), answers);
        expect(inRange(result.overall.score)).toBe(true);
        for (const dimension of result.dimensions) expect(inRange(dimension.score)).toBe(true);
      }),
    );
  });

  it('never lowers a dimension score when one answer improves', () => {
    fc.assert(
      fc.property(questionnaireWithAnswers, fc.nat(), ({ definition, answers }, pick) => {
        const question = definition.questions[pick % definition.questions.length];
        if (question === undefined) return;
        const parsed = questionSchema.parse(question);
        const scored = possibleAnswers(question)
          .filter((answer) => answer.special !== 'not-applicable')
          .map((answer) => ({ answer, score: scoreAnswer(parsed, answer).score ?? 0 }))
          .sort((a, b) => a.score - b.score);
        const worse = scored[0];
        const better = scored[scored.length - 1];
        if (worse === undefined || better === undefined) return;
        const questionnaire = prepare(definition);
        const scoreWith = (answer: Answer) =>
          assess(questionnaire, { ...answers, [question.id]: answer }).dimensions.find(
            (d) => d.dimensionId === question.dimension,
          )?.score ?? 0;
        expect(scoreWith(better.answer)).toBeGreaterThanOrEqual(scoreWith(worse.answer));
      }),
    );
  });

  it('gives the same result whatever order the answers were given in', () => {
    fc.assert(
      fc.property(
        questionnaireWithAnswers,
        fc.func(fc.integer()),
        ({ definition, answers }, order) => {
          const questionnaire = prepare(definition);
          const shuffled = Object.fromEntries(
            Object.entries(answers).sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b)),
          );
          expect(assess(questionnaire, shuffled)).toEqual(assess(questionnaire, answers));
        },
      ),
    );
  });

  it('treats "not applicable" on a question exactly as if the question did not exist', () => {
    fc.assert(
      fc.property(questionnaireWithAnswers, fc.nat(), ({ definition, answers }, pick) => {
        fc.pre(definition.questions.length > 1); // a definition needs at least one question
        const index = pick % definition.questions.length;
        const question = definition.questions[index];
        if (question === undefined) return;
        const withNa = prepare({
          ...definition,
          questions: definition.questions.map((q, i) =>
            i === index ? { ...q, allowNotApplicable: true } : q,
          ),
          recommendations: [],
        });
        const without = prepare({
          ...definition,
          questions: definition.questions.filter((_, i) => i !== index),
          recommendations: [],
        });
        const { [question.id]: _removed, ...rest } = answers;
        const a = assess(withNa, { ...rest, [question.id]: { special: 'not-applicable' } });
        const b = assess(without, rest);
        expect(a.overall.score).toBe(b.overall.score);
        expect(a.overall.coverage).toBe(b.overall.coverage);
        expect(a.overall.confidence).toBe(b.overall.confidence);
        expect(a.dimensions.map((d) => [d.score, d.coverage, d.confidence])).toEqual(
          b.dimensions.map((d) => [d.score, d.coverage, d.confidence]),
        );
      }),
    );
  });

  it('is deterministic, recommendation order included', () => {
    fc.assert(
      fc.property(questionnaireWithAnswers, ({ definition, answers }) => {
        const first = assess(prepare(definition), answers);
        const second = assess(prepare(structuredClone(definition)), structuredClone(answers));
        expect(second).toEqual(first);
      }),
    );
  });

  it('never places an item before one it depends on', () => {
    fc.assert(
      fc.property(questionnaireWithAnswers, ({ definition, answers }) => {
        const { roadmap } = assess(prepare(definition), answers);
        const position = new Map(roadmap.map((item, index) => [item.key, index]));
        for (const item of roadmap) {
          for (const key of item.dependsOn) {
            const dependency = roadmap[position.get(key) ?? -1];
            expect(dependency).toBeDefined();
            expect(HORIZONS.indexOf(dependency!.horizon)).toBeLessThanOrEqual(
              HORIZONS.indexOf(item.horizon),
            );
            expect(position.get(key)!).toBeLessThan(position.get(item.key)!);
          }
        }
      }),
    );
  });

  it('adds one "find out" item in Now per "don\'t know" on a visible scored question', () => {
    fc.assert(
      fc.property(questionnaireWithAnswers, ({ definition, answers }) => {
        const result = assess(prepare(definition), answers);
        const dontKnows = result.questions.filter((q) => q.scored && q.status === 'dont-know');
        const findOuts = result.roadmap.filter((item) => item.kind === 'find-out');
        expect(findOuts.map((item) => item.key).sort()).toEqual(
          dontKnows.map((q) => `find-out:${q.questionId}`).sort(),
        );
        expect(findOuts.every((item) => item.horizon === 'now')).toBe(true);
      }),
    );
  });

  it('numbers priorities 1..n inside each horizon', () => {
    fc.assert(
      fc.property(questionnaireArbitrary, (definition) => {
        const { roadmap } = assess(prepare(definition), {});
        for (const horizon of HORIZONS) {
          const priorities = roadmap.filter((i) => i.horizon === horizon).map((i) => i.priority);
          expect(priorities).toEqual(priorities.map((_, i) => i + 1));
        }
      }),
    );
  });
});
