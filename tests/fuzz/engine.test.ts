// Fuzzing the engine: parsing any definition ends in a prepared questionnaire or a list of issues;
// scoring, team aggregation, comparison and carrying over take any stored answers (wrong kinds,
// unknown options, prototype keys) without throwing, keep scores within 0..100, and finish.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreAnswer, type Answer, type Answers } from '../../src/engine/answer';
import { assessTeam } from '../../src/engine/aggregate';
import { assess } from '../../src/engine/assess';
import { carryAnswers } from '../../src/engine/carry';
import { compareResults } from '../../src/engine/compare';
import { parseQuestionnaire, type PreparedQuestionnaire } from '../../src/engine/prepare';
import { responseProgress } from '../../src/engine/progress';
import type { QuestionnaireResult } from '../../src/engine/result';
import type { QuestionnaireInput } from '../../src/engine/schema';
import { validateQuestionnaire } from '../../src/engine/validate';
import { questionnaireArbitrary } from '../support/arbitraries';
import { exampleRaw, prepare } from '../support/example';
import {
  hostileKeys,
  mutate,
  mutations,
  prototypeIntact,
  randomJson,
  setOwn,
  type Json,
} from './hostile';

const limits = { interruptAfterTimeLimit: 15_000, markInterruptAsFailure: true };

/** Ids that are valid in a definition but name properties every JavaScript object has. */
const objectPropertyIds = ['constructor', 'hasownproperty', 'valueof', 'tostring'];

/** A generated definition with some of its ids (questions, dimensions, options, recommendations)
 *  renamed to ids such as "constructor", references included. */
const definitionArbitrary: fc.Arbitrary<QuestionnaireInput> = fc
  .tuple(
    questionnaireArbitrary,
    // one id of each kind at most, so ids stay unique
    fc.subarray(['q0', 'd0', 'o0', 'r0']),
    fc.constantFrom(...objectPropertyIds),
  )
  .map(([definition, renamed, id]) => {
    let text = JSON.stringify(definition);
    for (const old of renamed) text = text.replaceAll(`"${old}"`, `"${id}"`);
    return JSON.parse(text) as QuestionnaireInput;
  });

const answerValue: fc.Arbitrary<NonNullable<Answer['value']>> = fc.oneof(
  fc.integer({ min: -2, max: 12 }),
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 1e308, 0.5),
  fc.constantFrom('yes', 'partly', 'no', 'o0', 'o1', '', ' ', ...objectPropertyIds, '__proto__'),
  fc.string({ maxLength: 20 }),
  fc.array(fc.constantFrom('o0', 'o1', 'o2', 'o0', 'constructor', '__proto__', 'x'), {
    maxLength: 5,
  }),
);
const hostileAnswer: fc.Arbitrary<Answer> = fc.record(
  {
    value: answerValue,
    special: fc.constantFrom('not-applicable' as const, 'dont-know' as const),
    note: fc.string({ maxLength: 30 }),
  },
  { requiredKeys: [] },
);

/** Answers keyed by the definition's question ids, prototype keys and random ids. */
function answersFor(questionIds: readonly string[]): fc.Arbitrary<Answers> {
  const key = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...questionIds) },
    { weight: 1, arbitrary: fc.constantFrom(...hostileKeys, ...objectPropertyIds) },
    { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  );
  return fc
    .array(fc.tuple(key, fc.option(hostileAnswer, { nil: undefined })), { maxLength: 24 })
    .map((entries) => {
      const answers: Record<string, Answer | undefined> = {};
      for (const [id, answer] of entries) setOwn(answers, id, answer);
      return answers;
    });
}

const inRange = (score: number | null) => score === null || (score >= 0 && score <= 100);

function expectSound(result: QuestionnaireResult): void {
  expect(inRange(result.overall.score)).toBe(true);
  for (const dimension of result.dimensions) expect(inRange(dimension.score)).toBe(true);
  expect(result.overall.coverage).toBeGreaterThanOrEqual(0);
  expect(result.overall.coverage).toBeLessThanOrEqual(1);
  // a provisional result never carries a level, whatever was stored
  for (const summary of [result.overall, ...result.dimensions]) {
    if (summary.provisional) expect(summary.level).toBeNull();
    expect(summary.provisional).toBe(summary.missingForLevel > 0);
  }
}

/** The same definition as a later version, with some questions dropped and others renamed. */
function laterVersion(
  definition: QuestionnaireInput,
  drop: number,
  rename: number,
): QuestionnaireInput {
  const questions = definition.questions.filter((_, i) => i % 5 !== drop % 5 || i === 0);
  const renamedIndex = rename % questions.length;
  const questionMap: Record<string, string> = {};
  const later = questions.map((question, i) => {
    if (i !== renamedIndex) return question;
    questionMap[`${question.id}-v2`] = question.id;
    return { ...question, id: `${question.id}-v2` };
  });
  return {
    ...definition,
    version: '1.1.0',
    questions: later,
    // Conditions may now name a dropped or renamed question: the validator reports that, and the
    // engine must still score.
    previous: { version: definition.version, questionMap },
  };
}

function expectIssues(parsed: ReturnType<typeof parseQuestionnaire>): void {
  if (parsed.ok) return;
  expect(parsed.issues.length).toBeGreaterThan(0);
  for (const issue of parsed.issues) {
    expect(issue.path).toMatch(/^\$/);
    expect(typeof issue.message).toBe('string');
  }
}

/** Scores a parsed definition every way the app does, with hostile answers. */
function scoreEveryWay(questionnaire: PreparedQuestionnaire, answerSets: readonly Answers[]) {
  for (const answers of answerSets) {
    expectSound(assess(questionnaire, answers));
    responseProgress(questionnaire, answers);
  }
  if (answerSets.length > 0) expectSound(assessTeam(questionnaire, answerSets).consensus);
}

describe('fuzzing the engine', { timeout: 60_000 }, () => {
  it('parses any JSON value into a questionnaire or a list of issues', () => {
    fc.assert(
      fc.property(randomJson, (raw) => {
        const parsed = parseQuestionnaire(raw);
        expectIssues(parsed);
        const validated = validateQuestionnaire(raw);
        if (!parsed.ok) expect(validated.ok).toBe(false);
        expect(prototypeIntact()).toBe(true);
      }),
      { numRuns: 1_000, ...limits },
    );
  });

  it('parses near-valid definitions, and scores the ones that parse, without throwing', () => {
    const bases = fc.oneof(
      fc.constant(exampleRaw as Json),
      definitionArbitrary.map((d) => d as unknown as Json),
    );
    fc.assert(
      fc.property(
        bases,
        mutations,
        fc.array(fc.nat(), { maxLength: 3 }),
        (base, changes, picks) => {
          const raw = mutate(base, changes);
          const parsed = parseQuestionnaire(raw);
          expectIssues(parsed);
          validateQuestionnaire(raw);
          if (parsed.ok) {
            const questions = parsed.questionnaire.definition.questions;
            // a few plausible answer sets built from the picks, scored on a definition that may be
            // semantically broken (dangling references, dependency cycles, no level at 0)
            const answerSets = picks.map((pick) =>
              Object.fromEntries(
                questions.map((q, i) => [q.id, { value: (pick + i) % 5 }] as const),
              ),
            );
            scoreEveryWay(parsed.questionnaire, answerSets);
          }
          expect(prototypeIntact()).toBe(true);
        },
      ),
      { numRuns: 1_000, ...limits },
    );
  });

  it('scores, aggregates, compares and carries over valid definitions with any stored answers', () => {
    const cases = definitionArbitrary.chain((definition) => {
      const ids = definition.questions.map((q) => q.id);
      return fc.record({
        definition: fc.constant(definition),
        answerSets: fc.array(answersFor(ids), { minLength: 1, maxLength: 3 }),
        drop: fc.nat(),
        rename: fc.nat(),
      });
    });
    fc.assert(
      fc.property(cases, ({ definition, answerSets, drop, rename }) => {
        const earlier = prepare(definition);
        scoreEveryWay(earlier, answerSets);
        const first = answerSets[0] ?? {};
        const before = { questionnaire: earlier, result: assess(earlier, first) };

        // the same version, and a later one: every question the versions share is compared
        const same = compareResults(before, before);
        expect(same.notCompared.newQuestions).toEqual([]);
        const laterDefinition = laterVersion(definition, drop, rename);
        const later = prepare(laterDefinition);
        const comparison = compareResults(before, {
          questionnaire: later,
          result: assess(later, first),
        });
        expect(comparison.notCompared.newQuestions).toEqual([]);
        expect(inRange(comparison.overall.before)).toBe(true);

        // carrying the same answers to the later version keeps only answers that fit there
        const carried = carryAnswers(earlier, later, first);
        for (const [id, answer] of Object.entries(carried.answers)) {
          const question = later.questionById.get(id);
          expect(question && scoreAnswer(question, answer).status).not.toBe('invalid');
        }
        expect(prototypeIntact()).toBe(true);
      }),
      { numRuns: 600, ...limits },
    );
  });

  it('refuses to aggregate no answer sets with the error it documents', () => {
    expect(() => assessTeam(prepare(exampleRaw), [])).toThrow(
      'assessTeam needs at least one answer set',
    );
  });
});
