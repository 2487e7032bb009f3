// Coverage honesty as invariants, over generated definitions (with and without display conditions) and
// answer sets: coverage only grows as questions are answered, a provisional result never carries a
// level, the count of answers still needed is exact, and the critical baseline works at any coverage.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, Answers } from '../../src/engine/answer';
import { assessTeam } from '../../src/engine/aggregate';
import { assess } from '../../src/engine/assess';
import type { PreparedQuestionnaire } from '../../src/engine/prepare';
import type { QuestionnaireResult, ScoreSummary } from '../../src/engine/result';
import {
  possibleAnswers,
  questionnaireWithAnswers,
  questionnaireWithConditionsArbitrary,
  withAnswers,
} from '../support/arbitraries';
import { prepare } from '../support/example';

const withConditionsAndAnswers = withAnswers(questionnaireWithConditionsArbitrary);
const anyDefinitionWithAnswers = fc.oneof(questionnaireWithAnswers, withConditionsAndAnswers);

/** An answer that counts towards coverage (anything but "not applicable"). */
const countedAnswers = (question: Parameters<typeof possibleAnswers>[0]): Answer[] =>
  possibleAnswers(question).filter((answer) => answer.special !== 'not-applicable');

const isScoredKind = (kind: string) => kind !== 'number' && kind !== 'text';

function expectNoLevelWhenProvisional(summary: ScoreSummary): void {
  if (summary.provisional) {
    expect(summary.level).toBeNull();
    expect(summary.missingForLevel).toBeGreaterThan(0);
  } else {
    expect(summary.missingForLevel).toBe(0);
  }
}

function expectHonestLevels(questionnaire: PreparedQuestionnaire, result: QuestionnaireResult) {
  const threshold = questionnaire.definition.levelCoverage;
  for (const dimension of result.dimensions) {
    expectNoLevelWhenProvisional(dimension);
    const applicable = dimension.counts.total - dimension.counts.notApplicable;
    if (applicable === 0) expect(dimension.provisional).toBe(false);
    else if (dimension.provisional) expect(dimension.coverage).toBeLessThan(threshold + 1e-6);
    else expect(dimension.coverage).toBeGreaterThan(threshold - 1e-6);
  }
  expectNoLevelWhenProvisional(result.overall);
  if (result.overall.provisional) {
    expect(result.overall.uncappedLevel).toBeNull();
    expect(result.overall.capped).toBe(false);
  }
  expect(result.overall.provisional).toBe(result.dimensions.some((d) => d.provisional));
  expect(result.overall.missingForLevel).toBe(
    result.dimensions.reduce((sum, d) => sum + d.missingForLevel, 0),
  );
}

describe('coverage and levels', () => {
  it('never lowers coverage when one more question is answered', () => {
    fc.assert(
      fc.property(
        questionnaireWithAnswers,
        fc.nat(),
        fc.nat(),
        ({ definition, answers }, at, pick) => {
          const unanswered = definition.questions.filter((q) => answers[q.id] === undefined);
          const question = unanswered[at % Math.max(1, unanswered.length)];
          if (question === undefined) return;
          const choices = possibleAnswers(question);
          const answer = choices[pick % choices.length];
          if (answer === undefined) return;
          const questionnaire = prepare(definition);
          const before = assess(questionnaire, answers);
          const after = assess(questionnaire, { ...answers, [question.id]: answer });
          expect(after.overall.coverage).toBeGreaterThanOrEqual(before.overall.coverage);
          expect(after.overall.missingForLevel).toBeLessThanOrEqual(before.overall.missingForLevel);
          after.dimensions.forEach((dimension, i) => {
            expect(dimension.coverage).toBeGreaterThanOrEqual(before.dimensions[i]?.coverage ?? 0);
            expect(dimension.missingForLevel).toBeLessThanOrEqual(
              before.dimensions[i]?.missingForLevel ?? 0,
            );
          });
        },
      ),
    );
  });

  it('lowers coverage, with display conditions, only when an answer shows or hides a question', () => {
    // An answer can reveal follow-up questions, which then count as unanswered (or hide answered
    // ones); when it changes what is shown, coverage may fall. Otherwise it never does.
    fc.assert(
      fc.property(
        withConditionsAndAnswers,
        fc.nat(),
        fc.nat(),
        ({ definition, answers }, at, pick) => {
          const unanswered = definition.questions.filter((q) => answers[q.id] === undefined);
          const question = unanswered[at % Math.max(1, unanswered.length)];
          if (question === undefined) return;
          const choices = possibleAnswers(question);
          const answer = choices[pick % choices.length];
          if (answer === undefined) return;
          const questionnaire = prepare(definition);
          const before = assess(questionnaire, answers);
          const after = assess(questionnaire, { ...answers, [question.id]: answer });
          const shownChanged = after.questions.some(
            (q, i) => q.visible !== before.questions[i]?.visible,
          );
          if (shownChanged) return;
          expect(after.overall.coverage).toBeGreaterThanOrEqual(before.overall.coverage);
          after.dimensions.forEach((dimension, i) => {
            expect(dimension.coverage).toBeGreaterThanOrEqual(before.dimensions[i]?.coverage ?? 0);
            expect(dimension.missingForLevel).toBeLessThanOrEqual(
              before.dimensions[i]?.missingForLevel ?? 0,
            );
          });
        },
      ),
    );
  });

  it('never gives a provisional result a level, for one person or a team', () => {
    fc.assert(
      fc.property(
        anyDefinitionWithAnswers,
        fc.array(fc.nat(), { maxLength: 2 }),
        ({ definition, answers }, drops) => {
          const questionnaire = prepare(definition);
          const result = assess(questionnaire, answers);
          expectHonestLevels(questionnaire, result);
          // a second and third respondent who left some of the same answers out
          const others = drops.map((drop) =>
            Object.fromEntries(Object.entries(answers).filter((_, i) => i % 3 !== drop % 3)),
          );
          expectHonestLevels(
            questionnaire,
            assessTeam(questionnaire, [answers, ...others]).consensus,
          );
        },
      ),
    );
  });

  it('earns the level after exactly the number of further answers it asks for', () => {
    fc.assert(
      fc.property(questionnaireWithAnswers, fc.nat(), ({ definition, answers }, pick) => {
        const questionnaire = prepare(definition);
        const result = assess(questionnaire, answers);
        for (const dimension of result.dimensions) {
          if (!dimension.provisional) continue;
          const open = definition.questions.filter(
            (q) =>
              q.dimension === dimension.dimensionId &&
              isScoredKind(q.kind) &&
              answers[q.id] === undefined,
          );
          const answer = (count: number): Answers => {
            const more: Record<string, Answer> = { ...answers };
            for (const question of open.slice(0, count)) {
              const choices = countedAnswers(question);
              more[question.id] = choices[pick % choices.length] ?? { special: 'dont-know' };
            }
            return more;
          };
          const needed = dimension.missingForLevel;
          const found = (more: Answers) =>
            assess(questionnaire, more).dimensions.find(
              (d) => d.dimensionId === dimension.dimensionId,
            );
          expect(open.length).toBeGreaterThanOrEqual(needed);
          expect(found(answer(needed))?.provisional).toBe(false);
          expect(found(answer(needed - 1))?.provisional).toBe(true);
        }
      }),
    );
  });

  it('calls the baseline incomplete while a critical question is unanswered, whatever the coverage', () => {
    fc.assert(
      fc.property(
        questionnaireWithAnswers,
        fc.constantFrom(0, 0.5, 0.8, 1),
        fc.nat(),
        ({ definition, answers }, levelCoverage, pick) => {
          const critical = definition.questions.filter(
            (q) => isScoredKind(q.kind) && 'critical' in q && q.critical === true,
          );
          const left = critical[pick % Math.max(1, critical.length)];
          if (left === undefined) return;
          const { [left.id]: _left, ...rest } = answers;
          const result = assess(prepare({ ...definition, levelCoverage }), rest);
          expect(result.baseline.unanswered).toContain(left.id);
          // only an unmet critical question outranks an unanswered one
          expect(result.baseline.status).toBe(
            result.baseline.failed.length > 0 ? 'not-met' : 'incomplete',
          );
          // the threshold for levels changes nothing in the baseline
          expect(assess(prepare({ ...definition, levelCoverage: 0 }), rest).baseline).toEqual(
            result.baseline,
          );
        },
      ),
    );
  });
});
