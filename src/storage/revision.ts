// Revisions: which writes a stored record has seen, as a version vector (a counter per device), so
// two copies of a record can be compared by causality rather than by clocks. A device's counter goes
// up by one each time that device writes the record; a copy whose counters are all at least the
// other's has seen every change the other has. Device ids are random (device-id.ts) and name no one.
import { z } from 'zod/mini';

/** A device id: 16 random hexadecimal digits, made once per browser profile. */
export const deviceIdSchema = z.string().check(z.regex(/^[0-9a-f]{16}$/));

/** A record is rarely written by more than a handful of devices; the cap keeps hostile files small. */
const MAX_DEVICES = 1000;

export const revisionSchema = z
  .strictObject({
    /** Writes seen, by device id. */
    vector: z
      .record(deviceIdSchema, z.int().check(z.positive(), z.lte(Number.MAX_SAFE_INTEGER)))
      .check(z.refine((vector) => Object.keys(vector).length <= MAX_DEVICES)),
    /** The device that wrote this copy last (one of the vector's keys). */
    by: deviceIdSchema,
  })
  .check(z.refine((revision) => Object.hasOwn(revision.vector, revision.by)));
export type Revision = z.infer<typeof revisionSchema>;
export type Vector = Revision['vector'];

/** How a file's copy of a record stands against this device's copy. */
export type Causality =
  /** Both have seen the same writes. */
  | 'same'
  /** The file's copy has seen every write this device's copy has, and more. */
  | 'file-newer'
  /** This device's copy has seen every write the file's copy has, and more. */
  | 'device-newer'
  /** Each has writes the other has not seen: both changed since they last shared a copy. */
  | 'concurrent'
  /** One copy or both carry no revision (written before revisions, or by a format-1 file). */
  | 'unknown';

/** True when `a` has seen every write `b` has. */
export function includes(a: Vector, b: Vector): boolean {
  for (const [device, counter] of Object.entries(b)) {
    if ((a[device] ?? 0) < counter) return false;
  }
  return true;
}

export function compareRevisions(
  device: Revision | undefined,
  file: Revision | undefined,
): Causality {
  if (device === undefined || file === undefined) return 'unknown';
  const deviceHasAll = includes(device.vector, file.vector);
  const fileHasAll = includes(file.vector, device.vector);
  if (deviceHasAll && fileHasAll) return 'same';
  if (fileHasAll) return 'file-newer';
  if (deviceHasAll) return 'device-newer';
  return 'concurrent';
}

/** The revision after `device` writes a record whose previous revision was `previous`. */
export function bump(previous: Revision | undefined, device: string): Revision {
  const vector = { ...previous?.vector };
  vector[device] = (vector[device] ?? 0) + 1;
  return { vector, by: device };
}

/**
 * A revision that has seen both copies' writes (the pointwise maximum), for a copy chosen after
 * comparing the two: the next comparison then knows this device has seen both. `by` names the
 * device whose copy was kept. Undefined only when neither copy had a revision.
 */
export function joinRevisions(
  kept: Revision | undefined,
  other: Revision | undefined,
): Revision | undefined {
  if (kept === undefined) return other === undefined ? undefined : { ...other };
  const vector = { ...kept.vector };
  for (const [device, counter] of Object.entries(other?.vector ?? {})) {
    vector[device] = Math.max(vector[device] ?? 0, counter);
  }
  return { vector, by: kept.by };
}
