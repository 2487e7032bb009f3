// The cycle's action list as the report prints it: one list over every questionnaire, numbered
// without gaps, with costs (never $0 for a missing estimate), funding, leadership's decisions and the
// organization's own actions.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Formatter } from '../../../src/presentation/format';
import { planSection } from '../../../src/report/model/plan-section';
import type { ReportInput } from '../../../src/report/model/report-input';
import { reportInput } from '../support/fixture';
import { formatter } from '../support/translate';

let en: Formatter;
beforeAll(async () => {
  en = await formatter('en');
});

function input(): ReportInput {
  const base = reportInput({ language: 'en', version: '1.1.0' });
  base.ownActions = [
    {
      id: 'own-1',
      title: 'Hire a part-time Digital Navigator',
      description: 'Two days a week, shared with the library.',
      horizon: 'next',
      cost: { recurring: { min: 20000, max: 26000, per: 'year', scope: 'organization' } },
      owner: 'Amira Haddad',
      targetDate: '2027-01-01',
      status: 'planned',
      funding: { source: 'not-yet-funded' },
      note: 'Asked the foundation in March.',
    },
  ];
  return base;
}

describe('the action plan', () => {
  it('numbers every action once, without gaps, done and set-aside ones included', () => {
    const plan = planSection(input(), en);
    expect(plan.actions.map((action) => action.number)).toEqual(
      plan.actions.map((_, index) => index + 1),
    );
    expect(plan.actions.some((action) => action.status === 'done')).toBe(true);
    expect(plan.actions.some((action) => action.status === 'not-relevant')).toBe(true);
  });

  it('lists an action several questionnaires propose once, naming each questionnaire', () => {
    const { actions } = planSection(input(), en);
    const titles = actions.map((action) => action.title);
    expect(new Set(titles).size).toBe(titles.length);
    const mfa = actions.filter((action) =>
      action.title.startsWith('Turn on multifactor authentication for email'),
    );
    expect(mfa).toHaveLength(1);
    expect(actions.some((action) => action.questionnaires.length > 1)).toBe(true);
  });

  it('prints the organization’s own action with everything leadership wrote', () => {
    const own = planSection(input(), en).actions.find((action) => action.kind === 'own');
    expect(own).toMatchObject({
      title: 'Hire a part-time Digital Navigator',
      description: 'Two days a week, shared with the library.',
      questionnaires: ['Our own action'],
      owner: 'Amira Haddad',
      targetDate: 'January 1, 2027',
      statusLabel: 'Planned',
      note: 'Asked the foundation in March.',
      cost: '$20,000–$26,000 a year',
      funding: 'Not yet funded',
      unfunded: true,
    });
  });

  it('says “Not estimated” for an action without an estimate, never $0', () => {
    const plan = planSection(input(), en);
    const unestimated = plan.actions.filter((action) => action.cost === 'Not estimated');
    expect(unestimated.length).toBeGreaterThan(0);
    expect(plan.actions.map((action) => action.cost)).not.toContain('$0');
  });

  it('totals each horizon and the not-yet-funded ask, and states the head count assumed', () => {
    const plan = planSection(input(), en);
    expect(plan.totals.rows.map((row) => row[0])).toEqual(['Now', 'Next', 'Later', 'All horizons']);
    const [, next] = plan.totals.rows;
    expect(next?.[3]).toMatch(/ a year/);
    expect(plan.staffAssumption).toBe(
      "Per-staff costs are counted for 10 staff members, the middle of the organization's staff band.",
    );
    expect(plan.bySource.rows.map((row) => row[0])).toContain('Not yet funded');
  });
});
