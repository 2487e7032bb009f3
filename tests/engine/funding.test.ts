import { describe, expect, it } from 'vitest';
import {
  fundingSchema,
  fundingSources,
  fundingStanding,
  isUnfunded,
} from '../../src/engine/funding';

describe('funding sources', () => {
  it('name the funder only when the source is another funder', () => {
    expect(
      fundingSchema.safeParse({ source: 'other-funder', funder: 'United Way Centraide' }).success,
    ).toBe(true);
    expect(fundingSchema.safeParse({ source: 'own-budget', funder: 'United Way' }).success).toBe(
      false,
    );
  });

  it('accept every source Boussole offers', () => {
    for (const source of fundingSources)
      expect(fundingSchema.safeParse({ source }).success).toBe(true);
  });

  it('refuse a source Boussole does not know', () => {
    expect(fundingSchema.safeParse({ source: 'lottery' }).success).toBe(false);
  });

  it('never count an action with no source chosen as funded', () => {
    expect(fundingStanding(null)).toBe('not-chosen');
    expect(isUnfunded(fundingStanding(null))).toBe(true);
    expect(isUnfunded(fundingStanding({ source: 'not-yet-funded' }))).toBe(true);
    expect(isUnfunded(fundingStanding({ source: 'in-kind' }))).toBe(false);
    expect(isUnfunded(fundingStanding({ source: 'ircc-cfp' }))).toBe(false);
  });
});
