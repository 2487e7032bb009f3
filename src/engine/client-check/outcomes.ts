// Client outcomes for staff and funders: counts over anonymous check records (month, program, language,
// how the check was done, level per area). Every figure is a count over one attribute at a time, never
// two combined, so no figure ties a level to a language, a program or a month. Figures that leave the
// agency (the funder report) are printed only once there are at least 5 checks: below that, a reader
// who knows who came in could tell each client's levels.
import type { ClientLanguage } from './schema';

/** The fewest checks a figure printed for funders may stand on. */
export const MIN_REPORTED_COUNT = 5;

export type CheckMode = 'client-mode' | 'read-aloud';

/** What an anonymous record holds, as far as counting goes. */
export interface CheckRecordFacts {
  month: string;
  language: ClientLanguage;
  mode: CheckMode;
  program?: string | undefined;
  levels: Readonly<Record<string, string | null>>;
}

export interface AreaOutcome {
  areaId: string;
  /** Checks with a level in this area, by level id (every level of the definition, zeros included). */
  byLevel: Record<string, number>;
  /** Checks where the area had too few answers for a level. */
  noLevel: number;
  /** Checks with a level below the top one: "needed help with …". */
  belowTop: number;
  /** Checks with a level in this area. */
  withLevel: number;
}

export interface ClientOutcomes {
  total: number;
  /** First and last month with a check ("YYYY-MM"), or null with none. */
  firstMonth: string | null;
  lastMonth: string | null;
  areas: AreaOutcome[];
  byLanguage: Partial<Record<ClientLanguage, number>>;
  /** By program name; checks with no program under `none`. */
  byProgram: { program: string | null; count: number }[];
  byMode: Record<CheckMode, number>;
  byMonth: { month: string; count: number }[];
}

/**
 * Counts the records per area and level, language, program, way of checking and month. `areas` and
 * `levels` (lowest first) are the definition's; a record's level it does not know counts as no level.
 */
export function summarizeChecks(
  records: readonly CheckRecordFacts[],
  areas: readonly string[],
  levels: readonly string[],
): ClientOutcomes {
  const top = levels[levels.length - 1];
  const known = new Set(levels);
  const byLanguage: Partial<Record<ClientLanguage, number>> = {};
  const byProgram = new Map<string | null, number>();
  const byMonth = new Map<string, number>();
  const byMode: Record<CheckMode, number> = { 'client-mode': 0, 'read-aloud': 0 };
  for (const record of records) {
    byLanguage[record.language] = (byLanguage[record.language] ?? 0) + 1;
    const program = record.program ?? null;
    byProgram.set(program, (byProgram.get(program) ?? 0) + 1);
    byMonth.set(record.month, (byMonth.get(record.month) ?? 0) + 1);
    byMode[record.mode] += 1;
  }
  const months = [...byMonth.keys()].sort();
  return {
    total: records.length,
    firstMonth: months[0] ?? null,
    lastMonth: months[months.length - 1] ?? null,
    areas: areas.map((areaId) => {
      const byLevel = Object.fromEntries(levels.map((level) => [level, 0]));
      let noLevel = 0;
      for (const record of records) {
        const level = record.levels[areaId] ?? null;
        if (level !== null && known.has(level)) byLevel[level] = (byLevel[level] ?? 0) + 1;
        else noLevel += 1;
      }
      const withLevel = records.length - noLevel;
      return {
        areaId,
        byLevel,
        noLevel,
        withLevel,
        belowTop: withLevel - (top === undefined ? 0 : (byLevel[top] ?? 0)),
      };
    }),
    byLanguage,
    byProgram: [...byProgram.entries()]
      .map(([name, count]) => ({ program: name, count }))
      .sort(
        (a, b) => b.count - a.count || (a.program ?? '\uffff').localeCompare(b.program ?? '\uffff'),
      ),
    byMode,
    byMonth: months.map((month) => ({ month, count: byMonth.get(month) ?? 0 })),
  };
}

/** Whether any figure may be printed for funders: at least 5 checks in all. */
export const outcomesReportable = (outcomes: ClientOutcomes): boolean =>
  outcomes.total >= MIN_REPORTED_COUNT;
