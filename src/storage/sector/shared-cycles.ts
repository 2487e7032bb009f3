// Which contribution id each of the agency's cycles was shared under. Saving a cycle's contribution
// again reuses its id with the next revision, so a collector who receives both keeps only the newer.
// The id stays on this device and in the files; nothing in a file links it to the device.
import { sectorDatabase, type SharedCycle } from './sector-database';

export async function getSharedCycle(cycleId: string): Promise<SharedCycle | undefined> {
  return sectorDatabase().sharedCycles.get(cycleId);
}

/** Records that the cycle was shared under this id and revision. */
export async function recordSharedCycle(shared: SharedCycle): Promise<void> {
  await sectorDatabase().sharedCycles.put(shared);
}
