// The synthetic sector used by tests and the bench is only useful if it is what an import accepts.
import { describe, expect, it } from 'vitest';
import { lookupIn, readContribution } from '../../../src/engine/sector-snapshot';
import { shippedDefinitions, syntheticContributions } from '../../support/sector-contributions';

describe('the synthetic sector (tests and bench only)', () => {
  it('is made of contributions an import accepts', () => {
    const definitions = lookupIn(shippedDefinitions());
    const refused = syntheticContributions(300, { seed: 7, years: [2025, 2026] })
      .map((c) => readContribution(JSON.parse(JSON.stringify(c)), definitions))
      .filter((read) => !read.ok);
    expect(refused).toEqual([]);
  });

  it('is the same for the same seed, and differs for another', () => {
    expect(syntheticContributions(20, { seed: 3 })).toEqual(
      syntheticContributions(20, { seed: 3 }),
    );
    expect(syntheticContributions(20, { seed: 3 })).not.toEqual(
      syntheticContributions(20, { seed: 4 }),
    );
  });
});
