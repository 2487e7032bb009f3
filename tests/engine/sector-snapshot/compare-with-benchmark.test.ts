import { describe, expect, it } from 'vitest';
import {
  aggregate,
  compareWithBenchmark,
  lookupIn,
  type Benchmark,
  type PeerGroup,
  type ResultEntry,
  type SectorProfile,
} from '../../../src/engine/sector-snapshot';
import { exampleNextVersion } from '../../support/example';
import { agency, example, exampleDefinitions } from '../../support/sector-builders';

// 41 agencies of 6-15 staff whose quartiles are 35, 48 and 60 (type 7 on 41 scores: the 11th, 21st
// and 31st), 20 of 16-50 staff, 2 in Prince Edward Island.
const sixToFifteen = [
  ...Array.from({ length: 10 }, (_, i) => 20 + i),
  35,
  ...Array.from({ length: 9 }, (_, i) => 36 + i),
  48,
  ...Array.from({ length: 9 }, (_, i) => 50 + i),
  60,
  ...Array.from({ length: 10 }, (_, i) => 61 + i),
];
const benchmark: Benchmark = aggregate(
  [
    ...sixToFifteen.map((score) => agency({ score, staffBand: '6-15', province: 'ON' })),
    ...Array.from({ length: 20 }, () => agency({ score: 70, staffBand: '16-50', province: 'NB' })),
    ...Array.from({ length: 2 }, () => agency({ score: 90, province: 'PE' })),
  ],
  { year: 2026, definitions: exampleDefinitions },
);

const ours: ResultEntry = {
  id: 'example',
  version: '1.0.0',
  contentHash: example.contentHash,
  overall: { score: 61.7, level: 'developing', provisional: false },
  dimensions: [
    { id: 'security', score: 55, level: 'developing', provisional: false },
    { id: 'skills', score: 70.2, level: 'developing', provisional: false },
  ],
  baseline: 'met',
  coverage: 1,
};
const profile: SectorProfile = { province: 'ON', communitySize: null, staffBand: '6-15' };

const compare = (
  peerGroup: PeerGroup,
  changes: { entry?: ResultEntry; profile?: SectorProfile; benchmark?: Benchmark } = {},
) =>
  compareWithBenchmark({
    entry: changes.entry ?? ours,
    profile: changes.profile ?? profile,
    benchmark: changes.benchmark ?? benchmark,
    peerGroup,
    definitions: exampleDefinitions,
  });

describe('comparing an agency with a benchmark', () => {
  it('puts its rounded score next to its size band’s median, middle half and count', () => {
    const comparison = compare('staffBand');
    expect(comparison.view).toEqual({ attribute: 'staffBand', value: '6-15' });
    expect(comparison.measures[0]).toEqual({
      dimension: null,
      you: 62,
      provisional: false,
      peers: { status: 'published', n: 41, q1: 35, median: 48, q3: 60 },
    });
    expect(comparison.notCompared).toEqual([]);
  });

  it('compares with every agency, or those of its region', () => {
    expect(compare('all').measures[0]?.peers).toMatchObject({ status: 'published', n: 63 });
    const atlantic = compare('region', { profile: { ...profile, province: 'NB' } });
    expect(atlantic.view).toEqual({ attribute: 'region', value: 'atlantic' });
    // NB 20 and PE 2 make 22 in Atlantic Canada
    expect(atlantic.measures[0]?.peers).toMatchObject({ status: 'published', n: 22, median: 70 });
  });

  it('cannot compare with a peer group its profile does not state', () => {
    const comparison = compare('communitySize');
    expect(comparison.view).toBeNull();
    expect(comparison.measures.map((m) => m.peers)).toEqual([
      { status: 'missing' },
      { status: 'missing' },
      { status: 'missing' },
    ]);
    expect(comparison.notCompared.map((n) => n.reason)).toEqual([
      'profile-not-stated',
      'profile-not-stated',
      'profile-not-stated',
    ]);
  });

  it('says a peer group of fewer than 5 is suppressed, without a figure', () => {
    const comparison = compare('province', { profile: { ...profile, province: 'PE' } });
    expect(comparison.measures[0]?.peers).toEqual({ status: 'suppressed' });
    expect(comparison.notCompared[0]).toEqual({ dimension: null, reason: 'suppressed' });
  });

  it('says when the benchmark has nothing on the questionnaire', () => {
    const comparison = compare('all', { benchmark: { ...benchmark, questionnaires: [] } });
    expect(comparison.benchmarkVersion).toBeNull();
    expect(comparison.notCompared.map((n) => n.reason)).toEqual([
      'not-in-benchmark',
      'not-in-benchmark',
      'not-in-benchmark',
    ]);
  });

  it('compares another version only on the measures that mean the same, and lists the rest', () => {
    const next = exampleNextVersion();
    const comparison = compareWithBenchmark({
      entry: { ...ours, version: '1.1.0', contentHash: next.contentHash },
      profile,
      benchmark,
      peerGroup: 'all',
      definitions: lookupIn([example, next]),
    });
    expect(comparison.benchmarkVersion).toBe('1.0.0');
    expect(comparison.measures.map((m) => [m.dimension, m.peers.status])).toEqual([
      [null, 'missing'],
      ['security', 'missing'],
      ['skills', 'published'],
    ]);
    expect(comparison.notCompared).toEqual([
      { dimension: null, reason: 'different-version' },
      { dimension: 'security', reason: 'different-version' },
    ]);
  });

  it('says when the agency has no score of its own in a measure, and marks a provisional one', () => {
    const entry: ResultEntry = {
      ...ours,
      overall: { score: 64, level: null, provisional: true },
      dimensions: [
        { id: 'security', score: null, level: null, provisional: false },
        { id: 'skills', score: 64, level: null, provisional: true },
      ],
    };
    const comparison = compare('all', { entry });
    expect(comparison.notCompared).toEqual([{ dimension: 'security', reason: 'no-score' }]);
    expect(comparison.measures[0]).toMatchObject({ you: 64, provisional: true });
  });
});
