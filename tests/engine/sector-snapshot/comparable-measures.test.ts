import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PreparedQuestionnaire } from '../../../src/engine/prepare';
import type { QuestionnaireInput } from '../../../src/engine/schema';
import { comparableMeasures, lookupIn } from '../../../src/engine/sector-snapshot';
import { questionnaireArbitrary } from '../../support/arbitraries';
import {
  exampleCopy,
  exampleNextVersion,
  exampleQuestionnaire,
  prepare,
} from '../../support/example';

type Definition = ReturnType<typeof exampleCopy>;

/** A later version of the example: `change` edits a copy whose version and previous are already set. */
function version(
  number: string,
  change: (definition: Definition) => void,
  from = exampleCopy(),
): PreparedQuestionnaire {
  const definition = structuredClone(from);
  definition.previous = { version: String(definition.version), questionMap: {} };
  definition.version = number;
  change(definition);
  return prepare(definition);
}

const rename = (definition: Definition, from: string, to: string) => {
  definition.questions = definition.questions.map((q) => (q.id === from ? { ...q, id: to } : q));
  (definition.previous as { questionMap: Record<string, string> }).questionMap[to] = from;
};

describe('measures two versions share', () => {
  it('are all of them on the same version', () => {
    expect(comparableMeasures(exampleQuestionnaire, exampleQuestionnaire)).toEqual({
      comparable: [null, 'security', 'skills'],
      notComparable: [],
    });
  });

  it('are all of them when the later version only renames a question and says so', () => {
    const later = version('1.1.0', (d) => rename(d, 'website', 'website-care'));
    expect(comparableMeasures(exampleQuestionnaire, later).notComparable).toEqual([]);
  });

  it('leave out a dimension that gained or lost a question, and then the overall score', () => {
    // 1.1.0 drops "backups" and adds "phishing", both in security
    expect(comparableMeasures(exampleQuestionnaire, exampleNextVersion())).toEqual({
      comparable: ['skills'],
      notComparable: [null, 'security'],
    });
  });

  it('leave out a dimension where a question changed weight', () => {
    const later = version('1.1.0', (d) => {
      d.questions = d.questions.map((q) => (q.id === 'training' ? { ...q, weight: 3 } : q));
    });
    expect(comparableMeasures(exampleQuestionnaire, later)).toEqual({
      comparable: ['security'],
      notComparable: [null, 'skills'],
    });
  });

  it('leave out the overall score when dimension weights changed', () => {
    const later = version('1.1.0', (d) => {
      d.dimensions = d.dimensions.map((dim) => ({ ...dim, weight: 1 }));
    });
    expect(comparableMeasures(exampleQuestionnaire, later)).toEqual({
      comparable: ['security', 'skills'],
      notComparable: [null],
    });
  });

  it('leave out both dimensions when a question moves from one to the other', () => {
    const later = version('1.1.0', (d) => {
      d.questions = d.questions.map((q) =>
        q.id === 'training' ? { ...q, dimension: 'security' } : q,
      );
    });
    expect(comparableMeasures(exampleQuestionnaire, later).comparable).toEqual([]);
  });

  it('follow renamings through every version in between, and compare nothing when one is missing', () => {
    const middle = version('1.1.0', (d) => rename(d, 'website', 'website-care'));
    const last = version(
      '1.2.0',
      (d) => rename(d, 'website-care', 'website-help'),
      middle.definition,
    );
    const all = lookupIn([exampleQuestionnaire, middle, last]);
    expect(comparableMeasures(exampleQuestionnaire, last, all).notComparable).toEqual([]);
    expect(comparableMeasures(last, exampleQuestionnaire, all).notComparable).toEqual([]);
    expect(comparableMeasures(exampleQuestionnaire, last).comparable).toEqual([]);
  });

  it('are none between two different questionnaires', () => {
    const other = version('1.0.0', (d) => {
      d.id = 'other';
      delete d.previous;
    });
    expect(comparableMeasures(exampleQuestionnaire, other).comparable).toEqual([]);
  });

  it('are the same whichever version comes first', () => {
    fc.assert(
      fc.property(questionnaireArbitrary, fc.nat(), fc.nat(), (input, drop, renamed) => {
        const earlier = prepare(input);
        const questions = input.questions.filter(
          (_, i) => i !== drop % (input.questions.length + 1),
        );
        const target = questions[renamed % Math.max(1, questions.length)];
        const laterInput: QuestionnaireInput = {
          ...input,
          version: '1.1.0',
          questions: questions.map((q) => (q === target ? { ...q, id: `${q.id}-new` } : q)),
          previous: {
            version: '1.0.0',
            questionMap: target === undefined ? {} : { [`${target.id}-new`]: target.id },
          },
        };
        if (laterInput.questions.length === 0) return;
        const later = prepare(laterInput);
        const forward = comparableMeasures(earlier, later);
        const backward = comparableMeasures(later, earlier);
        expect(new Set(backward.comparable)).toEqual(new Set(forward.comparable));
        // a renamed question keeps its dimension comparable; a dropped scored one does not
        const dropped = input.questions.find((q) => !questions.includes(q));
        const scoredDrop =
          dropped !== undefined && dropped.kind !== 'number' && dropped.kind !== 'text';
        for (const dimension of input.dimensions.map((d) => d.id))
          expect(forward.comparable.includes(dimension)).toBe(
            !(scoredDrop && dropped.dimension === dimension),
          );
      }),
    );
  });
});
