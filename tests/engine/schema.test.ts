import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../src/engine/prepare';
import { costEstimateSchema } from '../../src/engine/schema';
import { validateQuestionnaire } from '../../src/engine/validate';
import { questionnaireIds, readRaw } from '../support/content';
import { exampleCopy } from '../support/example';

const microsoft365 = {
  recurring: { min: 5, max: 8, per: 'month', scope: 'staff' },
  staffHours: { min: 4, max: 8 },
  asOf: '2026-04',
  basis: {
    en: 'Nonprofit price of Microsoft 365 Business Premium, per user per month',
    fr: 'Prix pour OBNL de Microsoft 365 Business Premium, par utilisateur et par mois',
  },
};

function problems(raw: unknown): string[] {
  return validateQuestionnaire(raw).issues.map((issue) => `${issue.path}: ${issue.message}`);
}

function withRecommendation(index: number, change: Record<string, unknown>) {
  const definition = exampleCopy();
  definition.recommendations[index] = { ...definition.recommendations[index], ...change };
  return definition;
}

describe('cost estimates on recommendations', () => {
  it('accepts a recommendation with a cost and keeps every part of it', () => {
    const parsed = parseQuestionnaire(withRecommendation(0, { cost: microsoft365 }));
    expect(parsed.ok && parsed.questionnaire.definition.recommendations[0]?.cost).toEqual(
      microsoft365,
    );
  });

  it('leaves a recommendation without a cost with no cost at all, never a zero one', () => {
    const parsed = parseQuestionnaire(exampleCopy());
    expect(parsed.ok && 'cost' in (parsed.questionnaire.definition.recommendations[0] ?? {})).toBe(
      false,
    );
  });

  it('refuses a range whose lowest figure is above its highest', () => {
    const cost = { oneTime: { min: 900, max: 300 } };
    expect(problems(withRecommendation(0, { cost }))).toEqual([
      '$.recommendations[0].cost.oneTime: min is greater than max',
    ]);
  });

  it('refuses a cost that says nothing about money or time', () => {
    const cost = { asOf: '2026-04', basis: microsoft365.basis };
    expect(problems(withRecommendation(0, { cost }))).toEqual([
      '$.recommendations[0].cost: a cost needs at least one of oneTime, recurring or staffHours',
    ]);
  });

  it('refuses negative and absurdly large figures', () => {
    for (const oneTime of [
      { min: -1, max: 10 },
      { min: 0, max: 1e12 },
    ]) {
      expect(costEstimateSchema.safeParse({ oneTime }).success).toBe(false);
    }
  });

  it('accepts a price in dollars and cents', () => {
    const cost = { recurring: { min: 5.5, max: 7.25, per: 'month', scope: 'staff' } };
    expect(costEstimateSchema.safeParse(cost).success).toBe(true);
  });

  it('asks for the month of the estimate as year and month', () => {
    const cost = { ...microsoft365, asOf: '2026-13' };
    expect(problems(withRecommendation(0, { cost }))).toEqual([
      '$.recommendations[0].cost.asOf: asOf must be a month, e.g. 2026-04',
    ]);
  });

  it('needs the basis of an estimate in both languages', () => {
    const cost = { ...microsoft365, basis: { en: 'Vendor quote', fr: ' ' } };
    expect(problems(withRecommendation(0, { cost }))).toEqual([
      '$.recommendations[0].cost.basis.fr: French text is empty',
    ]);
  });
});

describe('sameAs links between recommendations', () => {
  it('accepts a link to a recommendation of another questionnaire', () => {
    expect(problems(withRecommendation(0, { sameAs: 'cybersecurity-baseline/mfa' }))).toEqual([]);
  });

  it('refuses a link that is not "<questionnaire id>/<recommendation id>"', () => {
    expect(problems(withRecommendation(0, { sameAs: 'mfa-email-admin' }))).toEqual([
      '$.recommendations[0].sameAs: a reference to a recommendation is "<questionnaire id>/<recommendation id>"',
    ]);
  });

  it('refuses a recommendation that is the same as itself', () => {
    expect(problems(withRecommendation(0, { sameAs: 'example/turn-on-mfa' }))).toEqual([
      '$.recommendations[0].sameAs: a recommendation cannot be the same action as itself',
    ]);
  });

  it('refuses a link to a recommendation of the same questionnaire that does not exist', () => {
    expect(problems(withRecommendation(0, { sameAs: 'example/hire-ciso' }))).toEqual([
      '$.recommendations[0].sameAs: sameAs names recommendation "example/hire-ciso", which no version of "example" has',
    ]);
  });

  it('refuses a chain of links inside one questionnaire', () => {
    const definition = withRecommendation(0, { sameAs: 'example/test-backups' });
    definition.recommendations[1] = {
      ...definition.recommendations[1],
      sameAs: 'example/backup-policy',
    };
    expect(problems(definition)).toEqual([
      '$.recommendations[0].sameAs: sameAs names "example/test-backups", which is itself the same as "example/backup-policy": point to "example/backup-policy" (links do not chain)',
    ]);
  });
});

describe('published definitions', () => {
  it.each(questionnaireIds)('%s 1.0.0 still parses without a cost or sameAs', (id) => {
    const parsed = parseQuestionnaire(readRaw(id));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    for (const recommendation of parsed.questionnaire.definition.recommendations) {
      expect(recommendation.cost).toBeUndefined();
      expect(recommendation.sameAs).toBeUndefined();
    }
  });
});
