// @vitest-environment jsdom
// Every way a contribution or benchmark file can be refused is said in plain words, in both
// languages; where in the file and which check failed are kept for "Details".
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { BenchmarkProblem, ContributionProblem } from '../../../src/engine/sector-snapshot';
import { useRefusalMessage } from '../../../src/features/sector-snapshot/refusal-message';
import { createI18n } from '../../../src/lib/i18n';
import type { SectorFileRefusal } from '../../../src/state/sector/file-refusal';

const title = () => 'Digital maturity';
const where = { questionnaire: 'digital-maturity', version: '1.1.0' };
const cell = { ...where, dimension: 'governance', view: 'size=small' };

const contributionProblems: ContributionProblem[] = [
  { problem: 'duplicate-questionnaire', questionnaire: 'digital-maturity' },
  { problem: 'duplicate-dimension', questionnaire: 'digital-maturity', dimension: 'governance' },
  { problem: 'score-out-of-range', questionnaire: 'digital-maturity', dimension: null, score: 140 },
  { problem: 'unknown-version', ...where },
  { problem: 'changed-questionnaire', ...where },
  { problem: 'unknown-dimension', questionnaire: 'digital-maturity', dimension: 'x' },
  { problem: 'missing-dimension', questionnaire: 'digital-maturity', dimension: 'governance' },
  {
    problem: 'contradictory-level',
    questionnaire: 'digital-maturity',
    dimension: null,
    level: 'leading',
    score: 12,
  },
  { problem: 'contradictory-provisional', questionnaire: 'digital-maturity' },
  { problem: 'contradictory-baseline', questionnaire: 'digital-maturity' },
];

const benchmarkProblems: BenchmarkProblem[] = [
  { problem: 'duplicate-questionnaire', ...where },
  { problem: 'duplicate-measure', ...where, dimension: null },
  { problem: 'duplicate-view', ...cell },
  { problem: 'small-group', ...cell },
  { problem: 'inconsistent-figures', ...cell },
  { problem: 'unknown-version', ...where },
  { problem: 'changed-questionnaire', ...where },
  { problem: 'unknown-dimension', ...where, dimension: 'x' },
  { problem: 'levels-differ', ...where },
];

const refusals: [string, SectorFileRefusal, 'contribution' | 'benchmark'][] = [
  ...(['unreadable', 'too-large', 'too-many-files'] as const).map(
    (problem): [string, SectorFileRefusal, 'contribution'] => [
      `an archive that is ${problem}`,
      { kind: 'archive', problem },
      'contribution',
    ],
  ),
  ...(['contribution', 'benchmark'] as const).flatMap((file) =>
    [false, true].map((tooDeep): [string, SectorFileRefusal, typeof file] => [
      `a ${file} laid out wrongly${tooDeep ? ', nested too deep' : ''}`,
      { kind: 'structure', path: '$.results[0].extra', tooDeep },
      file,
    ]),
  ),
  ...contributionProblems.map((problem): [string, SectorFileRefusal, 'contribution'] => [
    `a contribution with ${problem.problem}`,
    { kind: 'contribution', problems: [problem] },
    'contribution',
  ]),
  ...benchmarkProblems.map((problem): [string, SectorFileRefusal, 'benchmark'] => [
    `a benchmark with ${problem.problem}`,
    { kind: 'benchmark', problems: [problem] },
    'benchmark',
  ]),
  [
    'a contribution too large',
    { kind: 'file', error: { code: 'too-large', details: { size: 9_000_000, limit: 1 << 20 } } },
    'contribution',
  ],
];

const technical = [/\$/, /unrecognized/i, /invalid_type/, /\d\s*(bytes|octets)\b/i, /\{\{/];

describe.each(['en', 'fr'] as const)('a refused sector file, in %s', (language) => {
  const i18n = createI18n(language);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
  );

  it.each(refusals)('says what is wrong with %s in plain words', (_, refusal, file) => {
    const { result } = renderHook(() => useRefusalMessage(title, file), { wrapper });
    const words = result.current(refusal);
    expect(words.message.length).toBeGreaterThan(10);
    expect(words.message).not.toMatch(/^(sector|benchmark|transfer):/);
    for (const pattern of technical) expect(words.message).not.toMatch(pattern);
    expect(words.detail).not.toBe('');
  });

  it('keeps where in the file the layout broke for the details only', () => {
    const { result } = renderHook(() => useRefusalMessage(title, 'contribution'), { wrapper });
    const words = result.current({ kind: 'structure', path: '$.results[0].extra', tooDeep: false });
    expect(words.message).not.toContain('results');
    expect(words.detail).toContain('$.results[0].extra');
  });
});
