import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/engine/assess';
import {
  buildContribution,
  lookupIn,
  readContribution,
  respondentBand,
  resultEntry,
  type ResultEntry,
} from '../../../src/engine/sector-snapshot';
import { loadExamples, loadShipped, questionnaireIds } from '../../support/content';
import { contributionId, example } from '../../support/sector-builders';

const id = contributionId(1);

function entry(overrides: Partial<ResultEntry> = {}): ResultEntry & { respondents: number } {
  return {
    id: 'example',
    version: '1.0.0',
    contentHash: example.contentHash,
    overall: { score: 59.6, level: 'developing', provisional: false },
    dimensions: [
      { id: 'security', score: 61.25, level: 'developing', provisional: false },
      { id: 'skills', score: 56.6666667, level: 'developing', provisional: false },
    ],
    baseline: 'met',
    coverage: 0.8349,
    respondents: 3,
    ...overrides,
  };
}

describe('building a contribution', () => {
  it('rounds scores to whole points and keeps the level earned on the unrounded score', () => {
    const contribution = buildContribution({
      id,
      year: 2026,
      profile: {},
      questionnaires: [entry()],
    });
    const [questionnaire] = contribution.questionnaires;
    expect(questionnaire?.overall).toEqual({ score: 60, level: 'developing', provisional: false });
    expect(questionnaire?.dimensions.map((d) => d.score)).toEqual([61, 57]);
  });

  it('writes coverage in whole percent and the number of respondents as a band', () => {
    const [questionnaire] = buildContribution({
      id,
      year: 2026,
      profile: {},
      questionnaires: [entry()],
    }).questionnaires;
    expect(questionnaire?.coverage).toBe(83);
    expect(questionnaire?.respondents).toBe('2-4');
  });

  it('puts every number of respondents in a band, never the count itself', () => {
    expect([1, 2, 4, 5, 9, 10, 250].map(respondentBand)).toEqual([
      '1',
      '2-4',
      '2-4',
      '5-9',
      '5-9',
      '10+',
      '10+',
    ]);
    expect(() => respondentBand(0)).toThrow(RangeError);
  });

  it('never carries a level on a provisional score, whatever it is given', () => {
    const [questionnaire] = buildContribution({
      id,
      year: 2026,
      profile: {},
      questionnaires: [
        entry({ overall: { score: 80.2, level: 'established', provisional: true } }),
      ],
    }).questionnaires;
    expect(questionnaire?.overall).toEqual({ score: 80, level: null, provisional: true });
  });

  it('writes a profile fact left out as not stated (null)', () => {
    const contribution = buildContribution({
      id,
      year: 2026,
      profile: { province: 'NS' },
      questionnaires: [entry()],
    });
    expect(contribution.profile).toEqual({ province: 'NS', communitySize: null, staffBand: null });
  });

  it('holds only the id, year, profile and per questionnaire its scores, levels, baseline, coverage and respondents', () => {
    const contribution = buildContribution({
      id,
      year: 2026,
      profile: { province: 'ON', communitySize: 'mid-size', staffBand: '6-15' },
      questionnaires: [entry()],
    });
    expect(Object.keys(contribution).sort()).toEqual(['id', 'profile', 'questionnaires', 'year']);
    expect(Object.keys(contribution.questionnaires[0] ?? {}).sort()).toEqual([
      'baseline',
      'contentHash',
      'coverage',
      'dimensions',
      'id',
      'overall',
      'respondents',
      'version',
    ]);
  });

  it('makes, from every shipped example result, a contribution an import accepts', () => {
    const shipped = questionnaireIds.map((q) => loadShipped(q));
    const definitions = lookupIn(shipped);
    for (const questionnaire of shipped) {
      for (const { example: answers } of loadExamples(questionnaire.definition.id)) {
        const result = assess(questionnaire, answers.answers);
        const contribution = buildContribution({
          id,
          year: 2026,
          profile: { province: 'QC', communitySize: 'small-rural', staffBand: '1-5' },
          questionnaires: [{ ...resultEntry(result), respondents: 1 }],
        });
        const read = readContribution(JSON.parse(JSON.stringify(contribution)), definitions);
        expect(read.ok ? [] : read.problems).toEqual([]);
      }
    }
  });
});
