// How two revisions of a record stand (revision.ts): which has seen which writes, and a revision that
// has seen both. Used by merges; writing a record needs only revision.ts.
import type { Revision, Vector } from './revision';

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
