// Revisions: which writes a stored record has seen, as a version vector (a counter per device), so
// two copies of a record can be compared by causality rather than by clocks. A device's counter goes
// up by one each time that device writes the record; a copy whose counters are all at least the
// other's has seen every change the other has. Device ids are random (device-id.ts) and name no one.
// Comparing two revisions is revision-order.ts: only merges need it, so writes load nothing more.
import type { Revision } from '../domain/revision-schema';

export type { Revision };
export type Vector = Revision['vector'];

/** The revision after `device` writes a record whose previous revision was `previous`. */
export function bump(previous: Revision | undefined, device: string): Revision {
  const vector = { ...previous?.vector };
  vector[device] = (vector[device] ?? 0) + 1;
  return { vector, by: device };
}
