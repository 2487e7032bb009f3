// The next eight calendar quarters, starting with today's, and the actions due in each by target date;
// plus the actions that are overdue, dated before or after those quarters, or not dated at all. Each
// action lands in exactly one place. Dates are "YYYY-MM-DD" strings, compared as text (same format).
import { isSettled, type ActionStatus } from './action-inputs';

export const TIMELINE_QUARTERS = 8;

export interface Quarter {
  year: number;
  /** 1 to 4: January-March is 1. */
  quarter: number;
  /** First and last day, "YYYY-MM-DD". */
  start: string;
  end: string;
}

export interface Timeline<T> {
  /** Eight quarters from today's, each with its actions by target date (earliest first). */
  quarters: (Quarter & { actions: T[] })[];
  /** Target date before today and not settled (done or not relevant). */
  overdue: T[];
  /** Settled, with a target date before today's quarter. */
  earlier: T[];
  /** Target date after the eighth quarter. */
  later: T[];
  /** No target date, or one that is not a calendar date. */
  noTargetDate: T[];
}

export interface Dated {
  targetDate?: string | null | undefined;
  status?: ActionStatus | null | undefined;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Year, month and day of a "YYYY-MM-DD" calendar date; null when it is not one. */
export function parseDate(text: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** The quarter `offset` quarters after the one holding year/month. */
export function quarterOf(year: number, month: number, offset = 0): Quarter {
  const index = year * 4 + Math.floor((month - 1) / 3) + offset;
  const y = Math.floor(index / 4);
  const quarter = (index % 4) + 1;
  const lastMonth = quarter * 3;
  return {
    year: y,
    quarter,
    start: `${pad(y, 4)}-${pad(lastMonth - 2)}-01`,
    end: `${pad(y, 4)}-${pad(lastMonth)}-${pad(daysInMonth(y, lastMonth))}`,
  };
}

/** Places actions on the timeline as of `today` ("YYYY-MM-DD"); throws when today is not a date. */
export function timeline<T extends Dated>(actions: readonly T[], today: string): Timeline<T> {
  const now = parseDate(today);
  if (now === null)
    throw new RangeError(`timeline: today must be a YYYY-MM-DD date, not "${today}"`);
  const quarters = Array.from({ length: TIMELINE_QUARTERS }, (_, i) => ({
    ...quarterOf(now.year, now.month, i),
    actions: [] as T[],
  }));
  const first = quarters[0]?.start ?? today;
  const last = quarters[quarters.length - 1]?.end ?? today;
  const result: Timeline<T> = { quarters, overdue: [], earlier: [], later: [], noTargetDate: [] };

  const dated = actions.flatMap((action) => {
    const date = action.targetDate;
    if (date === null || date === undefined || parseDate(date) === null) {
      result.noTargetDate.push(action);
      return [];
    }
    return [{ action, date }];
  });
  // A stable sort keeps the given order (the roadmap's) between actions due the same day.
  dated.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const { action, date } of dated) {
    if (date < today && !isSettled(action.status)) result.overdue.push(action);
    else if (date < first) result.earlier.push(action);
    else if (date > last) result.later.push(action);
    else quarters.find((q) => date >= q.start && date <= q.end)?.actions.push(action);
  }
  return result;
}
