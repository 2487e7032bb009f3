// Examples of the suppression rule, each a case a reader of the README can check by hand.
import { describe, expect, it } from 'vitest';
import { aggregate, viewKey, type Contribution } from '../../../src/engine/sector-snapshot';
import { agencies, exampleDefinitions } from '../../support/sector-builders';

/** The views published for the overall score, with their counts. */
function published(contributions: readonly Contribution[]): Record<string, number> {
  const benchmark = aggregate(contributions, { year: 2026, definitions: exampleDefinitions });
  const cells = benchmark.questionnaires[0]?.measures[0]?.cells ?? [];
  return Object.fromEntries(cells.map((cell) => [viewKey(cell.view), cell.n]));
}

describe('the suppression rule', () => {
  it('publishes nothing from fewer than 5 contributions, not even the whole', () => {
    expect(published(agencies(4, { province: 'ON' }))).toEqual({});
    expect(
      aggregate(agencies(4), { year: 2026, definitions: exampleDefinitions }).questionnaires,
    ).toEqual([]);
  });

  it('never publishes "not stated" as a view', () => {
    expect(published(agencies(9))).toEqual({ all: 9 });
  });

  it('hides the smallest published province when the hidden ones would number 1 to 4', () => {
    // Quebec 6, Ontario 20, Manitoba 2: "all minus Ontario minus Quebec" would be Manitoba's 2
    const cells = published([
      ...agencies(20, { province: 'ON' }),
      ...agencies(6, { province: 'QC' }),
      ...agencies(2, { province: 'MB' }),
    ]);
    expect(cells).toMatchObject({ all: 28, 'province=ON': 20, 'region=ontario': 20 });
    expect(cells['province=QC']).toBeUndefined();
    expect(cells['region=quebec']).toBeUndefined();
  });

  it('counts agencies that do not state a value among the hidden ones', () => {
    const cells = published([
      ...agencies(10, { staffBand: '1-5' }),
      ...agencies(8, { staffBand: '6-15' }),
      ...agencies(3),
    ]);
    // 3 not stated: "all minus both bands" would be them, so the smaller band (8) is hidden too
    expect(cells).toEqual({ all: 21, 'staffBand=1-5': 10 });
  });

  it('protects the provinces of a published region: Atlantic minus New Brunswick must not leave 3', () => {
    const cells = published([
      ...agencies(8, { province: 'NB' }),
      ...agencies(2, { province: 'NS' }),
      ...agencies(1, { province: 'PE' }),
      ...agencies(20, { province: 'ON' }),
    ]);
    expect(cells['region=atlantic']).toBe(11);
    expect(cells['province=NB']).toBeUndefined();
  });

  it('keeps provinces when their region holds only them', () => {
    const cells = published([
      ...agencies(8, { province: 'NB' }),
      ...agencies(7, { province: 'NS' }),
      ...agencies(20, { province: 'ON' }),
    ]);
    expect(cells).toMatchObject({
      all: 35,
      'region=atlantic': 15,
      'province=NB': 8,
      'province=NS': 7,
    });
  });

  it('protects a view that happens to lie inside another: all six small agencies are in Nova Scotia', () => {
    // Nova Scotia 9 holds every 1-5 staff agency (6): NS minus "1-5" would be 3 agencies
    const cells = published([
      ...agencies(6, { province: 'NS', staffBand: '1-5' }),
      ...agencies(3, { province: 'NS', staffBand: '16-50' }),
      ...agencies(20, { province: 'ON', staffBand: '16-50' }),
    ]);
    expect(cells['province=NS']).toBe(9);
    expect(cells['staffBand=1-5']).toBeUndefined();
  });

  it('hides, between equal counts, the first view in the fixed order', () => {
    const cells = published([
      ...agencies(6, { communitySize: 'large-urban' }),
      ...agencies(6, { communitySize: 'mid-size' }),
      ...agencies(6, { communitySize: 'small-rural' }),
      ...agencies(2),
    ]);
    expect(cells).toEqual({
      all: 20,
      'communitySize=mid-size': 6,
      'communitySize=small-rural': 6,
    });
  });
});
