// A level named for the whole questionnaire is never shown as one section's verdict: the cybersecurity
// baseline's "Baseline met", reached by a section's score, is worded by whether that section's own
// essentials are met; other levels keep their names.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../src/content/catalog';
import type { PreparedQuestionnaire } from '../../src/engine/prepare';
import type { DimensionResult, QuestionResult, QuestionnaireResult } from '../../src/engine/result';
import type { Formatter } from '../../src/presentation/format';
import { sectionEssentials } from '../../src/presentation/section-level';
import { formatter } from '../report/support/translate';

let baseline: PreparedQuestionnaire;
let en: Formatter;
let fr: Formatter;
beforeAll(async () => {
  baseline = await loadQuestionnaire('cybersecurity-baseline', '1.1.0');
  en = await formatter('en');
  fr = await formatter('fr');
});

const counts = { total: 2, answered: 2, dontKnow: 0, notApplicable: 0, unanswered: 0, invalid: 0 };

const section = (level: string | null, score = 75): DimensionResult => ({
  dimensionId: 'backups',
  score,
  level,
  provisional: false,
  missingForLevel: 0,
  coverage: 1,
  confidence: 1,
  counts,
});

const essential = (over: Partial<QuestionResult>): QuestionResult => ({
  questionId: 'q',
  dimensionId: 'backups',
  visible: true,
  scored: true,
  status: 'answered',
  score: 1,
  weight: 1,
  critical: true,
  criticalFailed: false,
  ...over,
});

const resultWith = (questions: QuestionResult[], dimension: DimensionResult) =>
  ({ questions, dimensions: [dimension] }) as unknown as QuestionnaireResult;

describe('a section’s essentials', () => {
  it('are met only when every essential of that section is answered and met', () => {
    const met = essential({});
    const failed = essential({ questionId: 'f', criticalFailed: true, score: 0 });
    const open = essential({ questionId: 'u', status: 'unanswered', score: null });
    const elsewhere = essential({ dimensionId: 'email', criticalFailed: true });
    expect(sectionEssentials(resultWith([met, elsewhere], section(null)), 'backups')).toBe('met');
    expect(sectionEssentials(resultWith([met, failed], section(null)), 'backups')).toBe('not-met');
    expect(sectionEssentials(resultWith([met, open], section(null)), 'backups')).toBe('not-met');
    expect(sectionEssentials(resultWith([], section(null)), 'backups')).toBe('none');
  });
});

describe('a section’s level in words', () => {
  it('says the section’s essentials are met rather than “Baseline met”', () => {
    const dimension = section('baseline-met');
    const result = resultWith([essential({})], dimension);
    expect(en.sectionLevel(baseline, result, dimension)).toBe('All essentials in this section met');
    expect(fr.sectionLevel(baseline, result, dimension)).toBe(
      'Toutes les mesures essentielles de cette section en place',
    );
    expect(en.sectionLevel(baseline, result, dimension)).not.toMatch(/Baseline met/);
  });

  it('says an essential is missing when the score reaches the band without it', () => {
    const dimension = section('baseline-met');
    const result = resultWith([essential({ criticalFailed: true, score: 0 })], dimension);
    expect(en.sectionLevel(baseline, result, dimension)).toBe(
      'Most of this section in place, but not every essential',
    );
  });

  it('keeps the name of a level that makes no claim about the whole', () => {
    const dimension = section('partial', 55);
    const result = resultWith([essential({})], dimension);
    expect(en.sectionLevel(baseline, result, dimension)).toBe('Partial');
    expect(fr.sectionLevel(baseline, result, dimension)).toBe('Partiel');
  });
});
