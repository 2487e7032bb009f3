import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/engine/answer';
import { aggregateTeam, assessTeam, disagreements, levelCounts } from '../../src/engine/aggregate';
import { assess } from '../../src/engine/assess';
import { questionnaireArbitrary, possibleAnswers } from '../support/arbitraries';
import {
  bestAnswers,
  dontKnow,
  exampleQuestionnaire,
  prepare,
  value,
  worstAnswers,
} from '../support/example';

const teamArbitrary = questionnaireArbitrary.chain((definition) => {
  const answerSet = fc
    .tuple(
      ...definition.questions.map((q) =>
        fc.option(fc.constantFrom(...possibleAnswers(q)), { nil: undefined }),
      ),
    )
    .map((chosen): Answers =>
      Object.fromEntries(
        definition.questions.flatMap((q, i) =>
          chosen[i] === undefined ? [] : [[q.id, chosen[i]] as const],
        ),
      ),
    );
  return fc.record({
    definition: fc.constant(definition),
    answerSets: fc.array(answerSet, { minLength: 1, maxLength: 6 }),
  });
});

describe('team results', () => {
  it("for one respondent equal that person's own result", () => {
    fc.assert(
      fc.property(teamArbitrary, ({ definition, answerSets }) => {
        const questionnaire = prepare(definition);
        const [only] = answerSets;
        expect(assessTeam(questionnaire, [only!]).consensus).toEqual(assess(questionnaire, only!));
      }),
    );
  });

  it('are the same from individual results already assessed, without scoring anyone twice', () => {
    fc.assert(
      fc.property(teamArbitrary, ({ definition, answerSets }) => {
        const questionnaire = prepare(definition);
        const individuals = answerSets.map((answers) => assess(questionnaire, answers));
        const team = aggregateTeam(questionnaire, individuals);
        expect(team).toEqual(assessTeam(questionnaire, answerSets));
        expect(team.individuals).toEqual(individuals);
      }),
    );
    expect(() => aggregateTeam(exampleQuestionnaire, [])).toThrow();
  });

  it('do not depend on the order of respondents', () => {
    fc.assert(
      fc.property(teamArbitrary, fc.func(fc.integer()), ({ definition, answerSets }, order) => {
        const questionnaire = prepare(definition);
        const shuffled = answerSets
          .map((answers, index) => ({ answers, index }))
          .sort((a, b) => order(a.index) - order(b.index) || a.index - b.index)
          .map(({ answers }) => answers);
        const a = assessTeam(questionnaire, answerSets);
        const b = assessTeam(questionnaire, shuffled);
        expect(b.consensus).toEqual(a.consensus);
        expect(b.questions).toEqual(a.questions);
        expect(b.dimensions).toEqual(a.dimensions);
      }),
    );
  });

  it('show full agreement when everyone gives the same answers', () => {
    fc.assert(
      fc.property(
        teamArbitrary,
        fc.integer({ min: 2, max: 5 }),
        ({ definition, answerSets }, copies) => {
          const team = assessTeam(
            prepare(definition),
            Array.from({ length: copies }, () => answerSets[0]!),
          );
          for (const question of team.questions) {
            if (question.agreement !== null) expect(question.agreement).toBe(1);
          }
          expect(disagreements(team)).toEqual([]);
        },
      ),
    );
  });

  it('keep scores within 0..100 and agreement within 0..1', () => {
    fc.assert(
      fc.property(teamArbitrary, ({ definition, answerSets }) => {
        const team = assessTeam(prepare(definition), answerSets);
        for (const d of team.consensus.dimensions)
          if (d.score !== null) expect(d.score).toBeLessThanOrEqual(100);
        for (const q of team.questions) {
          if (q.agreement !== null) {
            expect(q.agreement).toBeGreaterThanOrEqual(0);
            expect(q.agreement).toBeLessThanOrEqual(1);
          }
        }
      }),
    );
  });

  it('averages scores and reports the distribution, mean, spread and agreement of each question', () => {
    const team = assessTeam(exampleQuestionnaire, [
      { backups: value('yes') },
      { backups: value('no') },
      { backups: value('yes') },
      { backups: dontKnow },
    ]);
    const backups = team.questions.find((q) => q.questionId === 'backups')!;
    expect(backups.distribution.map((d) => [d.key, d.count])).toEqual([
      ['value:"yes"', 2],
      ['dont-know', 1],
      ['value:"no"', 1],
    ]);
    expect(backups.meanScore).toBeCloseTo(2 / 3, 6);
    expect(backups.agreement).toBeCloseTo(1 - Math.sqrt(2 / 9) / 0.5, 5);
    const consensus = team.consensus.questions.find((q) => q.questionId === 'backups')!;
    // backups is critical and one person reported "no": conditions see the lowest answer given
    expect(consensus).toMatchObject({ status: 'answered', value: 'no', criticalFailed: true });
    expect(consensus.score).toBeCloseTo(2 / 3, 6);
  });

  it('fails a critical control when any one respondent reports it missing', () => {
    const team = assessTeam(exampleQuestionnaire, [
      bestAnswers,
      bestAnswers,
      { ...bestAnswers, mfa: value(['files']) },
    ]);
    expect(team.consensus.baseline.status).toBe('not-met');
    expect(team.consensus.baseline.failed).toEqual(['mfa']);
    expect(team.consensus.roadmap.find((i) => i.key === 'rec:turn-on-mfa')?.horizon).toBe('now');
  });

  it('gives the mean and range of each dimension across respondents', () => {
    const team = assessTeam(exampleQuestionnaire, [bestAnswers, worstAnswers]);
    expect(team.dimensions.find((d) => d.dimensionId === 'security')).toEqual({
      dimensionId: 'security',
      mean: 50,
      min: 0,
      max: 100,
      respondents: 2,
    });
  });

  it('breaks a tie between answers towards the lower-scoring one', () => {
    const team = assessTeam(exampleQuestionnaire, [
      { website: value('provider') },
      { website: value('nobody') },
    ]);
    expect(team.consensus.questions.find((q) => q.questionId === 'website')?.value).toBe('nobody');
  });

  it('lists the questions with the most disagreement first', () => {
    const team = assessTeam(exampleQuestionnaire, [
      { backups: value('yes'), website: value('provider'), training: value(3) },
      { backups: value('no'), website: value('volunteer'), training: value(3) },
    ]);
    expect(disagreements(team).map((q) => q.questionId)).toEqual(['backups', 'website']);
  });

  it('counts people at each level per dimension without naming anyone', () => {
    const team = assessTeam(exampleQuestionnaire, [bestAnswers, worstAnswers, {}]);
    expect(levelCounts(exampleQuestionnaire, team.individuals)).toEqual([
      {
        dimensionId: 'security',
        counts: { starting: 1, developing: 0, established: 1 },
        unscored: 1,
      },
      {
        dimensionId: 'skills',
        counts: { starting: 1, developing: 0, established: 1 },
        unscored: 1,
      },
    ]);
  });
});
