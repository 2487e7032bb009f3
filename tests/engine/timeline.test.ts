import { describe, expect, it } from 'vitest';
import type { ActionStatus } from '../../src/engine/action-inputs';
import { parseDate, quarterOf, timeline } from '../../src/engine/timeline';

interface Item {
  key: string;
  targetDate?: string;
  status?: ActionStatus;
}

const keys = (items: readonly Item[]) => items.map((item) => item.key);
const quarterNames = (today: string) =>
  timeline([], today).quarters.map((q) => `${q.year} Q${q.quarter}`);

describe('the timeline of the next eight quarters', () => {
  it("starts with today's quarter and runs eight quarters across year ends", () => {
    expect(quarterNames('2026-11-15')).toEqual([
      '2026 Q4',
      '2027 Q1',
      '2027 Q2',
      '2027 Q3',
      '2027 Q4',
      '2028 Q1',
      '2028 Q2',
      '2028 Q3',
    ]);
  });

  it('gives each quarter its first and last day, February of a leap year included', () => {
    expect(quarterOf(2028, 1)).toEqual({
      year: 2028,
      quarter: 1,
      start: '2028-01-01',
      end: '2028-03-31',
    });
    expect(quarterOf(2026, 5)).toMatchObject({
      quarter: 2,
      start: '2026-04-01',
      end: '2026-06-30',
    });
    expect(quarterOf(2026, 12, 1)).toMatchObject({ year: 2027, quarter: 1 });
  });

  it('treats the first and last day of a quarter as inside it', () => {
    const items: Item[] = [
      { key: 'first', targetDate: '2027-01-01' },
      { key: 'last', targetDate: '2026-12-31' },
    ];
    const result = timeline(items, '2026-10-01');
    expect(keys(result.quarters[0]?.actions ?? [])).toEqual(['last']);
    expect(keys(result.quarters[1]?.actions ?? [])).toEqual(['first']);
  });

  it('orders a quarter by target date, keeping the roadmap order on the same day', () => {
    const items: Item[] = [
      { key: 'b', targetDate: '2026-12-01' },
      { key: 'a', targetDate: '2026-11-01' },
      { key: 'c', targetDate: '2026-12-01' },
    ];
    expect(keys(timeline(items, '2026-10-01').quarters[0]?.actions ?? [])).toEqual(['a', 'b', 'c']);
  });

  it('shows an action whose date has passed as overdue unless it is done or not relevant', () => {
    const items: Item[] = [
      { key: 'late', targetDate: '2026-10-31', status: 'in-progress' },
      { key: 'done this quarter', targetDate: '2026-10-31', status: 'done' },
      { key: 'done last year', targetDate: '2025-06-30', status: 'done' },
      { key: 'due today', targetDate: '2026-11-15' },
    ];
    const result = timeline(items, '2026-11-15');
    expect(keys(result.overdue)).toEqual(['late']);
    expect(keys(result.earlier)).toEqual(['done last year']);
    expect(keys(result.quarters[0]?.actions ?? [])).toEqual(['done this quarter', 'due today']);
  });

  it('keeps actions with no date, or one past the eighth quarter, out of the quarters', () => {
    const items: Item[] = [
      { key: 'undated' },
      { key: 'not a date', targetDate: '2026-02-30' },
      { key: 'far', targetDate: '2028-10-01' },
      { key: 'last day', targetDate: '2028-09-30' },
    ];
    const result = timeline(items, '2026-11-15');
    expect(keys(result.noTargetDate)).toEqual(['undated', 'not a date']);
    expect(keys(result.later)).toEqual(['far']);
    expect(keys(result.quarters[7]?.actions ?? [])).toEqual(['last day']);
  });

  it('refuses a "today" that is not a date, as a programming error', () => {
    expect(() => timeline([], '15/11/2026')).toThrow(RangeError);
  });
});

describe('calendar dates', () => {
  it('knows which days exist', () => {
    expect(parseDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseDate('2026-02-29')).toBeNull();
    expect(parseDate('2100-02-29')).toBeNull();
    expect(parseDate('2000-02-29')).not.toBeNull();
    expect(parseDate('2026-04-31')).toBeNull();
    expect(parseDate('2026-4-1')).toBeNull();
  });
});
