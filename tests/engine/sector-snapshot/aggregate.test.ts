import { describe, expect, it } from 'vitest';
import {
  aggregate,
  aggregateByYear,
  aggregateCsvRows,
  indexBenchmark,
  pickView,
  readBenchmark,
  type Contribution,
} from '../../../src/engine/sector-snapshot';
import { agencies, agency, exampleDefinitions } from '../../support/sector-builders';

const options = { year: 2026, definitions: exampleDefinitions };
const scores = (list: readonly number[], spec = {}) =>
  list.map((score) => agency({ ...spec, score }));

function overallCells(contributions: readonly Contribution[]) {
  return aggregate(contributions, options).questionnaires[0]?.measures[0]?.cells ?? [];
}

describe('aggregating contributions into a benchmark', () => {
  it('gives each cell its count, quartiles, histogram and levels', () => {
    const [all] = overallCells(scores([35, 48, 48, 60, 61, 90]));
    expect(all).toEqual({
      view: 'all',
      n: 6,
      q1: 48,
      median: 54,
      q3: 60.75,
      histogram: [0, 1, 2, 2, 1],
      // starting < 40 ≤ developing < 75 ≤ established
      levels: [1, 4, 1],
      provisional: 0,
    });
  });

  it('counts provisional scores in the figures and says how many had no level', () => {
    const [all] = overallCells([
      ...scores([50, 50, 50, 50]),
      agency({ score: 90, provisional: true }),
    ]);
    expect(all).toMatchObject({ n: 5, median: 50, levels: [0, 4, 0], provisional: 1 });
  });

  it('counts in a dimension only the contributions that have a score there', () => {
    const contributions = [
      ...scores([50, 50, 50, 50, 50]),
      ...scores([70, 70], { security: null }),
    ];
    const measures = aggregate(contributions, options).questionnaires[0]?.measures ?? [];
    const n = measures.map((m) => [m.dimension, m.cells[0]?.n]);
    expect(n).toEqual([
      [null, 7],
      ['security', 5],
      ['skills', 7],
    ]);
  });

  it('leaves out a measure whose whole has fewer than 5 scores, and says nothing of it', () => {
    const contributions = [...scores([50, 50, 50], { security: null }), ...scores([60, 60, 60])];
    const measures = aggregate(contributions, options).questionnaires[0]?.measures ?? [];
    expect(measures.map((m) => m.dimension)).toEqual([null, 'skills']);
  });

  it('counts an id given twice once, as the later contribution', () => {
    const first = agency({ id: 1, score: 10 });
    const again = { ...agency({ id: 1, score: 90 }) };
    const [all] = overallCells([first, ...scores([50, 50, 50, 50]), again]);
    expect(all).toMatchObject({ n: 5, histogram: [0, 0, 4, 0, 1] });
  });

  it('aggregates only the year asked for, and every year with aggregateByYear', () => {
    const contributions = [
      ...scores([40, 40, 40, 40, 40]),
      ...scores([80, 80, 80, 80, 80], { year: 2027 }),
    ];
    expect(overallCells(contributions)[0]?.median).toBe(40);
    const byYear = aggregateByYear(contributions, exampleDefinitions);
    expect(byYear.map((b) => [b.year, b.questionnaires[0]?.measures[0]?.cells[0]?.median])).toEqual(
      [
        [2026, 40],
        [2027, 80],
      ],
    );
  });

  it('leaves out entries on versions it does not know', () => {
    const unknown = agencies(6).map((c) => ({
      ...c,
      questionnaires: c.questionnaires.map((q) => ({ ...q, version: '9.0.0' })),
    }));
    expect(aggregate(unknown, options).questionnaires).toEqual([]);
  });

  it('makes a benchmark that its own checks accept', () => {
    const contributions = [
      ...scores([20, 40, 60, 80, 100, 30], { province: 'ON', staffBand: '6-15' }),
      ...scores([55, 65, 75, 85, 95], { province: 'NB', communitySize: 'small-rural' }),
      ...scores([10, 12], { province: 'NS' }),
    ];
    const benchmark = aggregate(contributions, options);
    const read = readBenchmark(JSON.parse(JSON.stringify(benchmark)), exampleDefinitions);
    expect(read.ok ? [] : read.problems).toEqual([]);
  });
});

describe('picking a view (a filter change)', () => {
  const contributions = [
    ...scores([30, 40, 50, 60, 70], { province: 'ON' }),
    ...scores([31, 41, 51, 61, 71], { province: 'QC' }),
    ...scores([32, 42, 52, 62, 72], { province: 'BC' }),
  ];
  const index = indexBenchmark(aggregate(contributions, options));

  it('returns every measure of the version with its figures in that view', () => {
    const picked = pickView(index, 'example', '1.0.0', { attribute: 'province', value: 'QC' });
    expect(picked.map((m) => [m.dimension, m.cell?.n, m.cell?.median])).toEqual([
      [null, 5, 51],
      ['security', 5, 51],
      ['skills', 5, 51],
    ]);
  });

  it('returns no figures for a suppressed view, and nothing for a version it lacks', () => {
    const picked = pickView(index, 'example', '1.0.0', { attribute: 'province', value: 'NU' });
    expect(picked.map((m) => m.cell)).toEqual([null, null, null]);
    expect(pickView(index, 'example', '2.0.0', 'all')).toEqual([]);
  });
});

describe('the CSV rows of a benchmark', () => {
  it('has a row per published cell with fixed columns, then a column per level', () => {
    const { header, rows } = aggregateCsvRows(
      aggregate(scores([35, 48, 48, 60, 61, 90], { staffBand: '6-15' }), options),
    );
    expect(header).toEqual([
      'year',
      'questionnaire',
      'version',
      'measure',
      'dimension',
      'attribute',
      'value',
      'n',
      'q1',
      'median',
      'q3',
      'bin_0_19',
      'bin_20_39',
      'bin_40_59',
      'bin_60_79',
      'bin_80_100',
      'provisional',
      'level_starting',
      'level_developing',
      'level_established',
    ]);
    expect(rows.slice(0, 2)).toEqual([
      [
        2026,
        'example',
        '1.0.0',
        'overall',
        '',
        'all',
        '',
        6,
        48,
        54,
        60.75,
        0,
        1,
        2,
        2,
        1,
        0,
        1,
        4,
        1,
      ],
      [
        2026,
        'example',
        '1.0.0',
        'overall',
        '',
        'staffBand',
        '6-15',
        6,
        48,
        54,
        60.75,
        0,
        1,
        2,
        2,
        1,
        0,
        1,
        4,
        1,
      ],
    ]);
    expect(rows.map((row) => row[4])).toEqual(['', '', 'security', 'security', 'skills', 'skills']);
  });
});
