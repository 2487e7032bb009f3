// The questionnaire versions this copy ships, for the sector snapshot's screens: contributions and
// benchmarks are checked against them, and they name questionnaires and dimensions.
import { useEffect, useState } from 'react';
import { loadEveryVersion } from '../../content/every-version';
import type { PreparedQuestionnaire } from '../../engine/prepare';
import { lookupIn, type DefinitionLookup } from '../../engine/sector-snapshot';

export const loadKnownDefinitions = loadEveryVersion;

export async function loadKnownLookup(): Promise<DefinitionLookup> {
  return lookupIn(await loadEveryVersion());
}

/** The known definitions for a screen; undefined while they load (or if they cannot be loaded). */
export function useKnownDefinitions(): PreparedQuestionnaire[] | undefined {
  const [definitions, setDefinitions] = useState<PreparedQuestionnaire[] | undefined>(undefined);
  useEffect(() => {
    let live = true;
    loadEveryVersion().then(
      (loaded) => {
        if (live) setDefinitions(loaded);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return definitions;
}
