import { describe, expect, it } from 'vitest';
import { cycleLabel, cyclePeriod, periodChoices } from '../../src/domain/cycle-period';

const created = '2026-12-01T10:00:00.000Z';

describe('a cycle’s period', () => {
  it('is the period chosen at creation, whatever the creation date', () => {
    expect(cyclePeriod({ name: 'Board review', period: '2025', createdAt: created })).toBe('2025');
  });

  it('comes from the year an older cycle’s name mentions', () => {
    expect(cyclePeriod({ name: '2025 annual self-assessment', createdAt: created })).toBe('2025');
    expect(cyclePeriod({ name: 'Autoévaluation 2024-25', createdAt: created })).toBe('2024–2025');
    expect(cyclePeriod({ name: 'Review 2024–2025', createdAt: created })).toBe('2024–2025');
  });

  it('falls back to the creation year when an older cycle’s name has no year', () => {
    expect(cyclePeriod({ name: 'Spring review', createdAt: created })).toBe('2026');
  });

  it('offers calendar and fiscal years around today, the current year among them', () => {
    const choices = periodChoices(new Date(2026, 11, 1));
    expect(choices).toContain('2026');
    expect(choices).toContain('2025');
    expect(choices).toContain('2026–2027');
    expect(choices).toContain('2025–2026');
  });
});

describe('a cycle’s label', () => {
  it('adds the chosen period when the name does not mention it', () => {
    expect(cycleLabel({ name: 'Board review', period: '2025', createdAt: created })).toBe(
      'Board review (2025)',
    );
  });

  it('is the name alone when it already mentions the period, or when none was chosen', () => {
    expect(
      cycleLabel({ name: '2025 annual self-assessment', period: '2025', createdAt: created }),
    ).toBe('2025 annual self-assessment');
    expect(cycleLabel({ name: 'Review 2025-2026', period: '2025–2026', createdAt: created })).toBe(
      'Review 2025-2026',
    );
    expect(cycleLabel({ name: 'Spring review', createdAt: created })).toBe('Spring review');
  });
});
