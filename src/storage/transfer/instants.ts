// Time stamps as instants. Records carry the clock time of the device that saved them, with a UTC
// offset ("2026-03-01T09:00:00-05:00"): compared as text, two stamps of the same instant written with
// different offsets would disagree. They are shown, never used to decide which copy is newer, and
// the ones no correct clock could have written are pointed out.
import { recordKinds, type AnyRecord, type RecordSet } from './record-kinds';

/** Boussole did not exist before this: an earlier stamp comes from a clock that was wrong. */
export const EARLIEST_PLAUSIBLE = Date.UTC(2000, 0, 1);
/** More than a day ahead of this device's clock is more than any time zone explains. */
export const LATEST_AHEAD_MS = 24 * 60 * 60 * 1000;

/** Milliseconds since 1970 (UTC), or undefined for something that is not a time stamp. */
export function instant(stamp: string | undefined): number | undefined {
  if (stamp === undefined) return undefined;
  const ms = Date.parse(stamp);
  return Number.isNaN(ms) ? undefined : ms;
}

/** True for a stamp before 2000 or more than a day after `now` (this device's clock). */
export function isImplausible(stamp: string | undefined, now: number): boolean {
  const ms = instant(stamp);
  return ms !== undefined && (ms < EARLIEST_PLAUSIBLE || ms > now + LATEST_AHEAD_MS);
}

const stampFields = [
  'createdAt',
  'startedAt',
  'updatedAt',
  'answeredAt',
  'submittedAt',
  'closedAt',
] as const;

/** How many records carry at least one implausible time stamp. */
export function countImplausible(records: RecordSet, now: number): number {
  let count = 0;
  for (const kind of recordKinds) {
    for (const record of records[kind] as AnyRecord[]) {
      const fields = record as Partial<Record<(typeof stampFields)[number], string>>;
      if (stampFields.some((field) => isImplausible(fields[field], now))) count += 1;
    }
  }
  return count;
}
