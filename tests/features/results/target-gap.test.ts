import { describe, expect, it } from 'vitest';
import { targetGap } from '../../../src/features/results/target-gap';
import { loadShipped } from '../../support/content';

// Digital maturity levels: first-steps 0, exploring 20, consolidating 40, integrated 60, leading 80.
const maturity = loadShipped('digital-maturity');
const level = (id: string) => maturity.definition.levels.find((l) => l.id === id)!;

describe('the gap to a target level', () => {
  it('counts the levels to climb and the points to where the target level starts', () => {
    expect(targetGap(maturity, 37.2, 'exploring', level('integrated'))).toEqual({
      reached: false,
      levels: 2,
      points: 23,
    });
  });

  it('rounds the points up, so a score just short of a level still needs a point', () => {
    expect(targetGap(maturity, 59.6, 'consolidating', level('integrated'))).toEqual({
      reached: false,
      levels: 1,
      points: 1,
    });
  });

  it('is reached when the current level is the target or above it', () => {
    expect(targetGap(maturity, 60, 'integrated', level('integrated'))).toEqual({ reached: true });
    expect(targetGap(maturity, 85, 'leading', level('exploring'))).toEqual({ reached: true });
  });

  it('cannot be measured without a score', () => {
    expect(targetGap(maturity, null, null, level('leading'))).toBeNull();
  });
});
