import { describe, expect, it } from 'vitest';
import { aggregate } from '../../../src/engine/sector-snapshot';
import {
  benchmarkFileText,
  readBenchmarkBytes,
  sealBenchmark,
} from '../../../src/storage/sector/benchmark-file';
import {
  contributionFileText,
  readContributionBytes,
  sealContribution,
} from '../../../src/storage/sector/contribution-file';
import { agencies, agency, exampleDefinitions } from '../../support/sector-builders';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('contribution files', () => {
  it('hold the contribution, its revision and the envelope, and nothing else', () => {
    const contribution = agency({ id: 1, province: 'NB', score: 62 });
    const file = sealContribution(contribution, 2);
    expect(Object.keys(file).sort()).toEqual([
      'checksum',
      'format',
      'formatVersion',
      'id',
      'profile',
      'questionnaires',
      'revision',
      'year',
    ]);
    expect(file).toMatchObject({ format: 'boussole-contribution', formatVersion: 1, revision: 2 });
    const read = readContributionBytes(bytes(contributionFileText(file)), exampleDefinitions);
    expect(read).toEqual({ ok: true, value: { contribution, revision: 2 } });
  });

  it('still read after an editor re-indents them and adds a byte-order mark', () => {
    const contribution = agency({ id: 1 });
    const text = `\uFEFF${JSON.stringify(sealContribution(contribution, 1), null, 8).replaceAll('\n', '\r\n')}`;
    expect(readContributionBytes(bytes(text), exampleDefinitions)).toMatchObject({ ok: true });
  });

  it('are refused when one figure was changed by hand', () => {
    const text = contributionFileText(sealContribution(agency({ id: 1, score: 62 }), 1));
    const edited = text.replace('"score": 62', '"score": 92');
    expect(edited).not.toBe(text);
    expect(readContributionBytes(bytes(edited), exampleDefinitions)).toEqual({
      ok: false,
      refusal: { kind: 'file', error: { code: 'tampered', details: {} } },
    });
  });

  it('are refused with a revision that is not a whole number from 1', () => {
    for (const revision of [0, 1.5]) {
      const text = contributionFileText(sealContribution(agency({ id: 1 }), revision));
      expect(readContributionBytes(bytes(text), exampleDefinitions)).toEqual({
        ok: false,
        refusal: { kind: 'structure', path: '$.revision', tooDeep: false },
      });
    }
  });

  it('are refused when they name a questionnaire version this copy does not know', () => {
    const contribution = agency({ id: 1 });
    contribution.questionnaires[0]!.version = '9.0.0';
    const read = readContributionBytes(
      bytes(contributionFileText(sealContribution(contribution, 1))),
      exampleDefinitions,
    );
    expect(read).toEqual({
      ok: false,
      refusal: {
        kind: 'contribution',
        problems: [{ problem: 'unknown-version', questionnaire: 'example', version: '9.0.0' }],
      },
    });
  });
});

describe('benchmark files', () => {
  const benchmark = aggregate(agencies(12, { score: 55, province: 'ON' }), {
    year: 2026,
    definitions: exampleDefinitions,
  });

  it('hold the aggregates under the envelope and read back the same', () => {
    const file = sealBenchmark(benchmark);
    expect(file).toMatchObject({ format: 'boussole-benchmark', formatVersion: 1, year: 2026 });
    expect(readBenchmarkBytes(bytes(benchmarkFileText(file)), exampleDefinitions)).toEqual({
      ok: true,
      value: benchmark,
    });
  });

  it('are refused when a cell is about fewer than 5 contributions', () => {
    const small = structuredClone(benchmark);
    const cell = small.questionnaires[0]!.measures[0]!.cells[0]!;
    Object.assign(cell, { n: 4, histogram: [0, 0, 4, 0, 0], levels: [0, 4, 0], provisional: 0 });
    const read = readBenchmarkBytes(
      bytes(benchmarkFileText(sealBenchmark(small))),
      exampleDefinitions,
    );
    expect(read.ok).toBe(false);
    if (!read.ok && read.refusal.kind === 'benchmark')
      expect(read.refusal.problems.map((p) => p.problem)).toContain('small-group');
    else throw new Error('expected the benchmark checks to refuse it');
  });

  it('are refused when they are a contribution file', () => {
    const text = contributionFileText(sealContribution(agency({ id: 1 }), 1));
    expect(readBenchmarkBytes(bytes(text), exampleDefinitions)).toEqual({
      ok: false,
      refusal: {
        kind: 'file',
        error: {
          code: 'wrong-kind',
          details: { found: 'boussole-contribution', expected: 'boussole-benchmark' },
        },
      },
    });
  });
});
