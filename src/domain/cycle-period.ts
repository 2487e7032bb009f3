// A cycle's year or period: the one chosen at creation, or, for cycles made before periods existed,
// the year (or two years) its name mentions, else the year it was created. Pure: the screens, the
// report and the CSV name a cycle the same way.
import type { Cycle } from './cycle';

/** "2025", or a span such as "2025-2026" / "2025–26" in a name. */
const yearsInName = /\b((?:19|20)\d{2})(?:\s*[-–/]\s*((?:19|20)?\d{2}))?\b/;

/** The years a person can choose for a new cycle: a calendar year or a fiscal year spanning two. */
export function periodChoices(today: Date): string[] {
  const year = today.getFullYear();
  const years = [year - 2, year - 1, year, year + 1];
  return [...years.map((y) => String(y)), ...years.map((y) => fiscalYear(y))];
}

/** A fiscal year starting in `startYear`: "2026–2027" (en dash, as typeset in both languages). */
export const fiscalYear = (startYear: number): string =>
  `${String(startYear)}–${String(startYear + 1)}`;

/** The cycle's period as a person reads it. */
export function cyclePeriod(cycle: Pick<Cycle, 'period' | 'name' | 'createdAt'>): string {
  if (cycle.period !== undefined) return cycle.period;
  const found = yearsInName.exec(cycle.name);
  if (found?.[1] !== undefined) {
    const start = found[1];
    const end = found[2];
    if (end === undefined) return start;
    const fullEnd = end.length === 2 ? `${start.slice(0, 2)}${end}` : end;
    return Number(fullEnd) > Number(start) ? `${start}–${fullEnd}` : start;
  }
  return cycle.createdAt.slice(0, 4);
}

/**
 * The cycle as named wherever it is listed: its name, followed by its period when the person chose
 * one the name does not already mention ("Board review (2025)").
 */
export function cycleLabel(cycle: Pick<Cycle, 'period' | 'name' | 'createdAt'>): string {
  if (cycle.period === undefined) return cycle.name;
  const normalize = (text: string) => text.replace(/\s*[-–/]\s*/g, '–');
  return normalize(cycle.name).includes(normalize(cycle.period))
    ? cycle.name
    : `${cycle.name} (${cycle.period})`;
}
