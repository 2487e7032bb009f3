// Copies of published questionnaire definitions kept on the device. A published version never changes
// (its content hash is checked at build time), so a copy stays valid forever. Opening a questionnaire
// reads the copy instead of waiting for the network: on a slow connection with empty browser caches
// that is most of a second saved. The copies are a cache: any failure here (a full disk, say) is
// silent, and the definition is fetched as usual.
import { database } from './database';

export async function getDefinitionCopy(id: string, version: string): Promise<unknown> {
  try {
    return (await database().definitions.get([id, version]))?.definition;
  } catch {
    return undefined;
  }
}

export async function keepDefinitionCopy(
  id: string,
  version: string,
  definition: unknown,
): Promise<void> {
  try {
    await database().definitions.put({ id, version, definition });
  } catch {
    // Not kept; the next visit fetches the definition again.
  }
}
