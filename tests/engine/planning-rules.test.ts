import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkPlanningRules,
  planningRulesSchema,
  ruleForBand,
  staffBands,
  type PlanningRules,
} from '../../src/engine/planning-rules';
import { staffBands as profileStaffBands } from '../../src/domain/profile';

const shipped: unknown = JSON.parse(readFileSync('assessments/roadmap-planning.json', 'utf8'));

function rulesWith(change: Partial<PlanningRules['bands']>): PlanningRules {
  const rules = planningRulesSchema.parse(shipped);
  return { ...rules, bands: { ...rules.bands, ...change } };
}

describe('planning rules', () => {
  it('ship with a rule for every staff band the organization profile offers', () => {
    expect(staffBands).toEqual(profileStaffBands);
    const rules = planningRulesSchema.parse(shipped);
    expect(Object.keys(rules.bands).sort()).toEqual([...profileStaffBands].sort());
    expect(checkPlanningRules(rules)).toEqual([]);
  });

  it('size Now at 4, 6, 8, 12 and 15 actions from the smallest band to the largest', () => {
    const rules = planningRulesSchema.parse(shipped);
    expect(staffBands.map((band) => rules.bands[band].nowCapacity)).toEqual([4, 6, 8, 12, 15]);
  });

  it("scale per-staff costs by each band's midpoint, and 250 for 200 or more", () => {
    const rules = planningRulesSchema.parse(shipped);
    expect(staffBands.map((band) => rules.bands[band].staffForCosts)).toEqual([
      3, 10, 33, 125, 250,
    ]);
  });

  it('refuse a file that leaves a staff band out', () => {
    const { bands } = planningRulesSchema.parse(shipped);
    const { '200+': _left, ...fewer } = bands;
    expect(planningRulesSchema.safeParse({ bands: fewer }).success).toBe(false);
  });

  it('refuse a limit that is not a positive whole number', () => {
    for (const nowCapacity of [0, -2, 4.5]) {
      const bands = { ...rulesWith({}).bands, '1-5': { staffForCosts: 3, nowCapacity } };
      expect(planningRulesSchema.safeParse({ bands }).success).toBe(false);
    }
  });

  it('report a head count outside its band', () => {
    const rules = rulesWith({ '6-15': { staffForCosts: 20, nowCapacity: 6 } });
    expect(checkPlanningRules(rules)).toEqual([
      { path: '$.bands.6-15.staffForCosts', message: '20 staff is outside the band 6-15' },
    ]);
  });

  it('report a larger band given a smaller Now', () => {
    const rules = rulesWith({ '16-50': { staffForCosts: 33, nowCapacity: 5 } });
    expect(checkPlanningRules(rules)).toEqual([
      {
        path: '$.bands.16-50.nowCapacity',
        message: 'Now holds fewer actions for 16-50 staff (5) than for 6-15 (6)',
      },
    ]);
  });

  it('find the rule of a stated band, and none for a band not stated or unknown', () => {
    const rules = rulesWith({});
    expect(ruleForBand(rules, '6-15')).toEqual({ band: '6-15', staffForCosts: 10, nowCapacity: 6 });
    expect(ruleForBand(rules, undefined)).toBeNull();
    expect(ruleForBand(rules, 'constructor')).toBeNull();
  });
});
