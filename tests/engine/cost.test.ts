import { describe, expect, it } from 'vitest';
import { scaleCost, sumCosts } from '../../src/engine/cost';
import { costEstimateIssues } from '../../src/engine/cost-checks';
import type { CostEstimate } from '../../src/engine/schema';

const licences: CostEstimate = {
  recurring: { min: 5, max: 8, per: 'month', scope: 'staff' },
  staffHours: { min: 4, max: 8 },
};
const website: CostEstimate = {
  oneTime: { min: 1500, max: 4000 },
  recurring: { min: 300, max: 600, per: 'year', scope: 'organization' },
};

describe('scaling a cost estimate to the organization', () => {
  it('turns a monthly cost per staff member into a yearly cost for the head count', () => {
    expect(scaleCost(licences, 10)).toEqual({
      oneTime: null,
      perYear: { min: 600, max: 960 },
      perStaff: { perYear: { min: 60, max: 96 }, staffCount: 10 },
      staffHours: { min: 4, max: 8 },
      complete: true,
    });
  });

  it('keeps a price in cents exact once it is made yearly and multiplied', () => {
    const cost: CostEstimate = { recurring: { min: 5.5, max: 7.1, per: 'month', scope: 'staff' } };
    expect(scaleCost(cost, 33).perYear).toEqual({ min: 2178, max: 2811.6 });
  });

  it('keeps a yearly cost for the organization as it is, whatever the head count', () => {
    const scaled = scaleCost(website, 250);
    expect(scaled.oneTime).toEqual({ min: 1500, max: 4000 });
    expect(scaled.perYear).toEqual({ min: 300, max: 600 });
    expect(scaled.perStaff).toBeNull();
  });

  it('leaves a per-staff cost unscaled, and says the estimate is incomplete, when the head count is unknown', () => {
    const scaled = scaleCost(licences, null);
    expect(scaled.perYear).toBeNull();
    expect(scaled.perStaff).toEqual({ perYear: { min: 60, max: 96 }, staffCount: null });
    expect(scaled.complete).toBe(false);
  });
});

describe('totals over actions', () => {
  it('adds the ranges of the estimated actions', () => {
    const totals = sumCosts([
      { key: 'a', cost: scaleCost(licences, 10) },
      { key: 'b', cost: scaleCost(website, 10) },
    ]);
    expect(totals).toEqual({
      estimated: 2,
      notEstimated: [],
      oneTime: { min: 1500, max: 4000 },
      perYear: { min: 900, max: 1560 },
      staffHours: { min: 4, max: 8 },
    });
  });

  it('never turns a missing estimate into $0: it counts the action as not estimated', () => {
    const totals = sumCosts([
      { key: 'a', cost: null },
      { key: 'b', cost: null },
    ]);
    expect(totals.estimated).toBe(0);
    expect(totals.oneTime).toBeNull();
    expect(totals.perYear).toBeNull();
    expect(totals.notEstimated).toEqual([
      { key: 'a', reason: 'no-estimate' },
      { key: 'b', reason: 'no-estimate' },
    ]);
  });

  it('leaves out an action whose per-staff cost could not be scaled, and says why', () => {
    const totals = sumCosts([
      { key: 'licences', cost: scaleCost(licences, null) },
      { key: 'website', cost: scaleCost(website, null) },
    ]);
    expect(totals.notEstimated).toEqual([{ key: 'licences', reason: 'staff-band-unknown' }]);
    expect(totals.perYear).toEqual({ min: 300, max: 600 });
    expect(totals.staffHours).toBeNull();
  });
});

describe('checking an estimate beyond its schema', () => {
  it('accepts a sound estimate', () => {
    expect(costEstimateIssues(website)).toEqual([]);
  });

  it('names each range written highest first, and an estimate with nothing in it', () => {
    expect(
      costEstimateIssues({
        oneTime: { min: 900, max: 300 },
        recurring: { min: 10, max: 5, per: 'year', scope: 'organization' },
      }),
    ).toEqual([
      { path: ['oneTime'], message: 'min is greater than max' },
      { path: ['recurring'], message: 'min is greater than max' },
    ]);
    expect(costEstimateIssues({ asOf: '2026-04' })).toEqual([
      { path: [], message: 'a cost needs at least one of oneTime, recurring or staffHours' },
    ]);
  });
});
