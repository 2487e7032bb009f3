// Every questionnaire version this copy of Boussole ships, prepared: what contributions and benchmarks
// are checked against (a version it does not know is refused, never guessed).
import { useEffect, useState } from 'react';
import { latestVersions, loadQuestionnaire, newerVersions } from '../../content/catalog';
import type { PreparedQuestionnaire } from '../../engine/prepare';
import { lookupIn, type DefinitionLookup } from '../../engine/sector-snapshot';

let loading: Promise<PreparedQuestionnaire[]> | undefined;

export function loadKnownDefinitions(): Promise<PreparedQuestionnaire[]> {
  if (loading === undefined) {
    const refs = latestVersions().flatMap((entry) =>
      newerVersions(entry.id, '0.0.0').map((version) => ({ id: entry.id, version })),
    );
    const pending = Promise.all(refs.map((ref) => loadQuestionnaire(ref.id, ref.version)));
    loading = pending;
    // a failure (offline before the files were cached) is tried again next time
    pending.catch(() => {
      if (loading === pending) loading = undefined;
    });
  }
  return loading;
}

export async function loadKnownLookup(): Promise<DefinitionLookup> {
  return lookupIn(await loadKnownDefinitions());
}

/** Forgets what was loaded (tests that offer extra versions). */
export function forgetKnownDefinitions(): void {
  loading = undefined;
}

/** The known definitions for a screen; undefined while they load (or if they cannot be loaded). */
export function useKnownDefinitions(): PreparedQuestionnaire[] | undefined {
  const [definitions, setDefinitions] = useState<PreparedQuestionnaire[] | undefined>(undefined);
  useEffect(() => {
    let live = true;
    loadKnownDefinitions().then(
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
