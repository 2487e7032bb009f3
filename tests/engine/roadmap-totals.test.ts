import { describe, expect, it } from 'vitest';
import type { ActionDecision } from '../../src/engine/action-inputs';
import type { CostEstimate } from '../../src/engine/schema';
import { actionByKey, cycleRoadmap, scored, tinyQuestionnaire } from '../support/roadmap-builders';

const licences: CostEstimate = {
  recurring: { min: 5, max: 8, per: 'month', scope: 'staff' },
  asOf: '2026-04',
  basis: { en: 'Nonprofit licence price', fr: 'Prix des licences pour OBNL' },
};
const website: CostEstimate = {
  oneTime: { min: 1500, max: 4000 },
  recurring: { min: 300, max: 600, per: 'year', scope: 'organization' },
  staffHours: { min: 10, max: 20 },
};
const platform: CostEstimate = { oneTime: { min: 20000, max: 40000 } };

const ops = tinyQuestionnaire('ops', [
  { id: 'licences', cost: licences },
  { id: 'policy' },
  { id: 'website', effort: 'medium', cost: website },
  { id: 'platform', effort: 'high', impact: 'low', cost: platform },
]);
const cycle = [scored(ops)];

describe('cost totals per horizon', () => {
  it('scales per-staff costs by the head count of the staff band and states it', () => {
    const roadmap = cycleRoadmap(cycle, { staffBand: '6-15' });
    expect(roadmap.staffForCosts).toEqual({ band: '6-15', staffCount: 10 });
    expect(roadmap.totals.now.cost).toEqual({
      estimated: 1,
      notEstimated: [{ key: 'ops/rec:policy', reason: 'no-estimate' }],
      oneTime: null,
      perYear: { min: 600, max: 960 },
      staffHours: null,
    });
    expect(roadmap.totals.next.cost).toMatchObject({
      oneTime: { min: 1500, max: 4000 },
      perYear: { min: 300, max: 600 },
      staffHours: { min: 10, max: 20 },
    });
    expect(roadmap.totals.later.cost.oneTime).toEqual({ min: 20000, max: 40000 });
    expect(roadmap.totals.all.cost).toMatchObject({
      estimated: 3,
      oneTime: { min: 21500, max: 44000 },
      perYear: { min: 900, max: 1560 },
    });
  });

  it('costs more per year for a larger agency', () => {
    const roadmap = cycleRoadmap(cycle, { staffBand: '200+' });
    expect(roadmap.totals.now.cost.perYear).toEqual({ min: 15000, max: 24000 });
  });

  it('leaves a per-staff cost out of the totals, with the reason, when the staff band is not stated', () => {
    const roadmap = cycleRoadmap(cycle);
    expect(roadmap.staffForCosts).toBeNull();
    expect(roadmap.totals.now.cost.notEstimated).toEqual([
      { key: 'ops/rec:licences', reason: 'staff-band-unknown' },
      { key: 'ops/rec:policy', reason: 'no-estimate' },
    ]);
    expect(roadmap.totals.now.cost.perYear).toBeNull();
  });

  it("uses leadership's estimate in place of the content's, and says whose it is", () => {
    const decisions: ActionDecision[] = [
      { itemKey: 'ops/rec:policy', cost: { staffHours: { min: 6, max: 12 } } },
      { itemKey: 'ops/rec:licences', cost: { oneTime: { min: 0, max: 0 } } },
    ];
    const roadmap = cycleRoadmap(cycle, { staffBand: '6-15', decisions });
    expect(actionByKey(roadmap, 'ops/rec:policy').costSource).toBe('override');
    expect(actionByKey(roadmap, 'ops/rec:licences').costSource).toBe('override');
    expect(actionByKey(roadmap, 'ops/rec:website').costSource).toBe('content');
    expect(roadmap.totals.now.cost).toEqual({
      estimated: 2,
      notEstimated: [],
      oneTime: { min: 0, max: 0 },
      perYear: null,
      staffHours: { min: 6, max: 12 },
    });
  });

  it('leaves out what is done or not relevant', () => {
    const decisions: ActionDecision[] = [{ itemKey: 'ops/rec:licences', status: 'done' }];
    const roadmap = cycleRoadmap(cycle, { staffBand: '6-15', decisions });
    expect(roadmap.totals.now.actions).toBe(1);
    expect(roadmap.totals.now.cost.perYear).toBeNull();
  });

  it("counts the organization's own actions with their own estimate", () => {
    const roadmap = cycleRoadmap(cycle, {
      staffBand: '6-15',
      ownActions: [
        {
          id: 'laptops',
          title: 'Replace three laptops',
          horizon: 'now',
          cost: { oneTime: { min: 3000, max: 4500 } },
        },
      ],
    });
    expect(actionByKey(roadmap, 'own:laptops').costSource).toBe('own');
    expect(roadmap.totals.now.cost.oneTime).toEqual({ min: 3000, max: 4500 });
  });
});

describe('the "not yet funded" ask', () => {
  const decisions: ActionDecision[] = [
    { itemKey: 'ops/rec:website', funding: { source: 'ircc-sdi' } },
    { itemKey: 'ops/rec:platform', funding: { source: 'not-yet-funded' } },
    { itemKey: 'ops/rec:policy', funding: { source: 'other-funder', funder: 'Fondation locale' } },
  ];
  const roadmap = cycleRoadmap(cycle, { staffBand: '6-15', decisions });

  it('counts actions with no funding chosen as not yet funded, never as funded', () => {
    expect(actionByKey(roadmap, 'ops/rec:licences').funding).toBeNull();
    expect(roadmap.totals.now.fundingNotChosen).toBe(1);
    expect(roadmap.totals.now.notYetFunded).toMatchObject({
      estimated: 1,
      perYear: { min: 600, max: 960 },
    });
  });

  it('leaves funded actions out of the ask and totals them by source', () => {
    expect(roadmap.totals.next.notYetFunded).toMatchObject({ estimated: 0, oneTime: null });
    expect(roadmap.totals.next.bySource['ircc-sdi'].oneTime).toEqual({ min: 1500, max: 4000 });
    expect(roadmap.totals.later.notYetFunded.oneTime).toEqual({ min: 20000, max: 40000 });
    expect(roadmap.totals.all.notYetFunded.oneTime).toEqual({ min: 20000, max: 40000 });
  });

  it('lists a funded action that has no estimate as not estimated under its source', () => {
    expect(roadmap.totals.now.bySource['other-funder'].notEstimated).toEqual([
      { key: 'ops/rec:policy', reason: 'no-estimate' },
    ]);
  });
});
