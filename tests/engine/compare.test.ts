import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess';
import { compareResults, sharedQuestions } from '../../src/engine/compare';
import {
  bestAnswers,
  exampleCopy,
  exampleNextVersion,
  exampleQuestionnaire,
  prepare,
  value,
  worstAnswers,
} from '../support/example';

describe('comparing two cycles', () => {
  it('gives the change of every dimension on the same version, with its direction', () => {
    const earlier = {
      questionnaire: exampleQuestionnaire,
      result: assess(exampleQuestionnaire, worstAnswers),
    };
    const later = {
      questionnaire: exampleQuestionnaire,
      result: assess(exampleQuestionnaire, bestAnswers),
    };
    const comparison = compareResults(earlier, later);
    expect(comparison.sameVersion).toBe(true);
    expect(comparison.overall).toEqual({ before: 0, after: 100, change: 100, direction: 'up' });
    expect(comparison.dimensions.map((d) => [d.dimensionId, d.change, d.direction])).toEqual([
      ['security', 100, 'up'],
      ['skills', 100, 'up'],
    ]);
  });

  it('lists roadmap items that are new and those resolved since the earlier cycle', () => {
    const earlier = assess(exampleQuestionnaire, { ...bestAnswers, mfa: value(['files']) });
    const later = assess(exampleQuestionnaire, { ...bestAnswers, training: value(1) });
    const comparison = compareResults(
      { questionnaire: exampleQuestionnaire, result: earlier },
      { questionnaire: exampleQuestionnaire, result: later },
    );
    expect(comparison.resolvedItems).toEqual(['rec:turn-on-mfa']);
    expect(comparison.newItems).toEqual(['rec:training-plan', 'rec:digital-role']);
  });

  it('maps renamed questions across versions and keeps unchanged ids', () => {
    const shared = sharedQuestions(exampleQuestionnaire, exampleNextVersion());
    expect(shared.get('website-care')).toBe('website');
    expect(shared.get('mfa')).toBe('mfa');
    expect(shared.has('phishing')).toBe(false);
  });

  it('keeps a question named like an object property (e.g. "constructor") shared across versions', () => {
    const rename = (definition: ReturnType<typeof exampleCopy>, version: string) => {
      definition.version = version;
      definition.questions = definition.questions.map((q) =>
        q.id === 'backups' ? { ...q, id: 'constructor' } : q,
      );
      definition.recommendations = [];
      return prepare(definition);
    };
    const earlier = rename(exampleCopy(), '1.0.0');
    const later = rename(exampleCopy(), '1.1.0');
    expect(sharedQuestions(earlier, later).get('constructor')).toBe('constructor');
    const comparison = compareResults(
      { questionnaire: earlier, result: assess(earlier, { constructor: value('no') }) },
      { questionnaire: later, result: assess(later, { constructor: value('yes') }) },
    );
    expect(comparison.notCompared.newQuestions).toEqual([]);
  });

  it('compares across versions on shared questions only and says what could not be compared', () => {
    const later = exampleNextVersion();
    const comparison = compareResults(
      {
        questionnaire: exampleQuestionnaire,
        result: assess(exampleQuestionnaire, {
          mfa: value([]),
          backups: value('yes'),
          website: value('nobody'),
        }),
      },
      {
        questionnaire: later,
        result: assess(later, {
          mfa: value(['email', 'files', 'admin']),
          phishing: value('no'),
          'website-care': value('nobody'),
        }),
      },
    );
    expect(comparison.sameVersion).toBe(false);
    // security compared on mfa and website only: 0 → 50 (backups and phishing are left out)
    expect(comparison.dimensions.find((d) => d.dimensionId === 'security')).toMatchObject({
      before: 0,
      after: 50,
      change: 50,
      comparedQuestions: 2,
    });
    expect(comparison.notCompared.newQuestions).toEqual(['phishing']);
    expect(comparison.notCompared.droppedQuestions).toEqual(['backups']);
  });

  it('reports a dimension with no shared question as not compared', () => {
    const definition = exampleCopy();
    definition.version = '2.0.0';
    definition.questions = definition.questions.map((q) => ({ ...q, id: `${String(q.id)}-v2` }));
    definition.recommendations = [];
    const later = prepare(definition);
    const comparison = compareResults(
      { questionnaire: exampleQuestionnaire, result: assess(exampleQuestionnaire, bestAnswers) },
      { questionnaire: later, result: assess(later, {}) },
    );
    expect(comparison.notCompared.dimensions).toEqual(['security', 'skills']);
    expect(comparison.overall.direction).toBe('unknown');
  });
});
