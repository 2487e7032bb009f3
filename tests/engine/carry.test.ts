import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreAnswer, type Answers } from '../../src/engine/answer';
import { assess } from '../../src/engine/assess';
import { carryAnswers, carryAnswersThrough } from '../../src/engine/carry';
import type { QuestionnaireInput } from '../../src/engine/schema';
import { questionnaireWithAnswers } from '../support/arbitraries';
import { bestAnswers, exampleCopy, exampleQuestionnaire, prepare, value } from '../support/example';

type Definition = ReturnType<typeof exampleCopy>;

/** A later version of the example: the definition as changed by `change`, with its question map. */
function laterExample(
  version: string,
  change: (definition: Definition) => void,
  questionMap: Record<string, string> = {},
  from = exampleCopy(),
) {
  const definition = structuredClone(from);
  definition.previous = { version: definition.version, questionMap };
  definition.version = version;
  definition.recommendations = [];
  change(definition);
  return { definition, prepared: prepare(definition) };
}

const question = (definition: Definition, id: string) => {
  const found = definition.questions.find((q) => q.id === id);
  if (found === undefined) throw new Error(`no question ${id}`);
  return found;
};

/** 1.1.0: "website" renamed "website-care", "backups" removed, "phishing" new, "training" reworded. */
function version110() {
  return laterExample(
    '1.1.0',
    (d) => {
      d.questions = d.questions
        .filter((q) => q.id !== 'backups')
        .map((q) => (q.id === 'website' ? { ...q, id: 'website-care' } : q));
      question(d, 'training').prompt = {
        en: 'How do staff learn digital skills at work?',
        fr: 'Comment le personnel acquiert-il des compétences numériques au travail?',
      };
      d.questions.push({
        id: 'phishing',
        dimension: 'security',
        kind: 'yes-partly-no',
        prompt: { en: 'Phishing training?', fr: 'Formation sur l’hameçonnage?' },
      });
    },
    { 'website-care': 'website' },
  );
}

describe('carrying answers to a newer version', () => {
  it('keeps answers to unchanged questions, notes included, and moves renamed ones to their new id', () => {
    const answers: Answers = {
      ...bestAnswers,
      mfa: { value: ['email'], note: 'Admin accounts next week' },
    };
    const carried = carryAnswers(exampleQuestionnaire, version110().prepared, answers);
    expect(carried.answers.mfa).toEqual({ value: ['email'], note: 'Admin accounts next week' });
    expect(carried.answers['staff-count']).toEqual(value(12));
    expect(carried.answers['website-care']).toEqual(value('provider'));
    expect(carried.sources['website-care']).toBe('website');
    expect(carried.answers).not.toHaveProperty('website');
  });

  it('lists new questions, questions asked differently, and answers that could not move', () => {
    const carried = carryAnswers(exampleQuestionnaire, version110().prepared, bestAnswers);
    expect(carried.newQuestions).toEqual(['phishing']);
    expect(carried.changedQuestions).toEqual(['training']);
    // the reworded question keeps its answer, to be checked
    expect(carried.answers.training).toEqual(value(4));
    expect(carried.droppedAnswers).toEqual([{ questionId: 'backups', reason: 'question-removed' }]);
  });

  it('drops an answer the changed question no longer accepts, but keeps its note', () => {
    const later = laterExample('1.1.0', (d) => {
      const website = question(d, 'website') as { options: { id: string }[] };
      website.options = website.options.filter((o) => o.id !== 'volunteer');
      question(d, 'backups').allowDontKnow = false;
    }).prepared;
    const carried = carryAnswers(exampleQuestionnaire, later, {
      website: { value: 'volunteer', note: 'Marc, Tuesdays' },
      backups: { special: 'dont-know' },
      training: value(2),
    });
    expect(carried.changedQuestions).toEqual(['backups', 'website']);
    expect(carried.answers.website).toEqual({ note: 'Marc, Tuesdays' });
    expect(carried.answers).not.toHaveProperty('backups');
    expect(carried.answers.training).toEqual(value(2));
    expect(carried.droppedAnswers).toEqual([
      { questionId: 'backups', reason: 'answer-no-longer-fits' },
      { questionId: 'website', reason: 'answer-no-longer-fits' },
    ]);
  });

  it('does not count a change of weight, score or framework reference as a change to the question', () => {
    const later = laterExample('1.0.1', (d) => {
      question(d, 'training').weight = 3;
      question(d, 'backups').criticalPassScore = 1;
      question(d, 'mfa').references = [];
    }).prepared;
    expect(carryAnswers(exampleQuestionnaire, later, bestAnswers).changedQuestions).toEqual([]);
  });

  it('follows every version in between, so a question renamed twice keeps its answer', () => {
    const v110 = version110();
    const v200 = laterExample(
      '2.0.0',
      (d) => {
        d.questions = d.questions.map((q) => (q.id === 'website-care' ? { ...q, id: 'web' } : q));
        question(d, 'phishing').prompt = { en: 'Phishing drills?', fr: 'Exercices d’hameçonnage?' };
      },
      { web: 'website-care' },
      v110.definition,
    );
    const carried = carryAnswersThrough(
      [exampleQuestionnaire, v110.prepared, v200.prepared],
      bestAnswers,
    );
    expect(carried.answers.web).toEqual(value('provider'));
    expect(carried.sources.web).toBe('website');
    // new in 1.1.0 and reworded in 2.0.0: still just new to this response
    expect(carried.newQuestions).toEqual(['phishing']);
    expect(carried.changedQuestions).toEqual(['training']);
    expect(carried.droppedAnswers).toEqual([{ questionId: 'backups', reason: 'question-removed' }]);
    // straight from 1.0.0 to 2.0.0 the renaming is unknown: the answer would be lost
    expect(carryAnswers(exampleQuestionnaire, v200.prepared, bestAnswers).newQuestions).toContain(
      'web',
    );
  });

  it('scores carried answers to unchanged questions exactly as before', () => {
    const later = version110().prepared;
    const carried = carryAnswers(exampleQuestionnaire, later, bestAnswers);
    const before = assess(exampleQuestionnaire, bestAnswers).questions;
    const after = assess(later, carried.answers).questions;
    for (const id of ['mfa', 'staff-count', 'training-budget']) {
      expect(after.find((q) => q.questionId === id)?.score).toBe(
        before.find((q) => q.questionId === id)?.score,
      );
    }
  });
});

/** A later version made from a generated one: each question kept, dropped, renamed or reworded. */
const pairArbitrary = questionnaireWithAnswers.chain(({ definition, answers }) =>
  fc
    .array(fc.constantFrom('keep', 'drop', 'rename', 'reword', 'narrow'), {
      minLength: definition.questions.length,
      maxLength: definition.questions.length,
    })
    .map((ops) => {
      const questionMap: Record<string, string> = {};
      const questions = definition.questions.flatMap((q, i): QuestionnaireInput['questions'] => {
        const op = i === 0 ? 'keep' : ops[i];
        if (op === 'drop') return [];
        if (op === 'rename') {
          questionMap[`${q.id}-v2`] = q.id;
          return [{ ...q, id: `${q.id}-v2` }];
        }
        if (op === 'reword') return [{ ...q, prompt: { en: 'Reworded', fr: 'Reformulée' } }];
        if (op === 'narrow') return [{ ...q, allowDontKnow: false, allowNotApplicable: false }];
        return [q];
      });
      questions.push({
        id: 'added',
        dimension: 'd0',
        kind: 'yes-partly-no',
        prompt: { en: 'Added', fr: 'Ajoutée' },
      });
      const later: QuestionnaireInput = {
        ...definition,
        version: '1.1.0',
        questions,
        recommendations: [],
        previous: { version: '1.0.0', questionMap },
      };
      return { earlier: prepare(definition), later: prepare(later), answers };
    }),
);

describe('carrying answers (properties)', () => {
  it('accounts for every answer: it moves, or it is listed as dropped', () => {
    fc.assert(
      fc.property(pairArbitrary, ({ earlier, later, answers }) => {
        const carried = carryAnswers(earlier, later, answers);
        const movedFrom = new Set(Object.values(carried.sources));
        const dropped = new Set(carried.droppedAnswers.map((d) => d.questionId));
        for (const id of Object.keys(answers)) {
          expect(movedFrom.has(id) || dropped.has(id)).toBe(true);
        }
        for (const [laterId, answer] of Object.entries(carried.answers)) {
          const fullyMoved = answer.value !== undefined || answer.special !== undefined;
          expect(dropped.has(carried.sources[laterId]!)).toBe(!fullyMoved);
        }
      }),
    );
  });

  it('moves only answers the later question accepts, and never answers a new question', () => {
    fc.assert(
      fc.property(pairArbitrary, ({ earlier, later, answers }) => {
        const carried = carryAnswers(earlier, later, answers);
        for (const [id, answer] of Object.entries(carried.answers)) {
          const question = later.questionById.get(id);
          expect(question).toBeDefined();
          expect(scoreAnswer(question!, answer).status).not.toBe('invalid');
        }
        for (const id of carried.newQuestions) expect(carried.answers).not.toHaveProperty(id);
        expect(carried.newQuestions).toContain('added');
      }),
    );
  });

  it('changes nothing when the later version asks the same questions', () => {
    fc.assert(
      fc.property(questionnaireWithAnswers, ({ definition, answers }) => {
        const earlier = prepare(definition);
        const later = prepare({ ...definition, version: '1.0.1' });
        const carried = carryAnswers(earlier, later, answers);
        expect(carried.answers).toEqual(answers);
        expect(carried.newQuestions).toEqual([]);
        expect(carried.changedQuestions).toEqual([]);
        expect(carried.droppedAnswers).toEqual([]);
        expect(assess(later, carried.answers).overall.score).toBe(
          assess(earlier, answers).overall.score,
        );
      }),
    );
  });
});
