// Every questionnaire version this copy of Boussole ships, prepared: what sector snapshot files are
// checked against (a version it does not know is refused, never guessed). Loaded once per thread: the
// page and the sector snapshot worker each load their own, so no definition is copied between them.
import type { PreparedQuestionnaire } from '../engine/prepare';
import { latestVersions, loadQuestionnaire, newerVersions } from './catalog';

let loading: Promise<PreparedQuestionnaire[]> | undefined;

export function loadEveryVersion(): Promise<PreparedQuestionnaire[]> {
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

/** Forgets what was loaded (tests that offer extra versions). */
export function forgetEveryVersion(): void {
  loading = undefined;
}
