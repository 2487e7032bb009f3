// The client skills check's published versions, loaded on demand (client mode, the read-aloud view and
// the outcomes screen), parsed in the client check format and kept on the device like the others.
import { parseClientCheck, type PreparedClientCheck } from '../engine/client-check/parse';
import { compareVersions } from '../engine/versions';
import { QuestionnaireUnavailableError, type DefinitionCopies } from './catalog';
import { CLIENT_CHECK_ID } from './client-check-id';

export { CLIENT_CHECK_ID };

const urls = import.meta.glob<string>('/assessments/newcomer-digital-skills/*.*.*.json', {
  query: '?url',
  import: 'default',
  eager: true,
});

const versions: ReadonlyMap<string, string> = new Map(
  Object.entries(urls).flatMap(([path, url]) => {
    const match = /\/(\d+\.\d+\.\d+)\.json$/.exec(path);
    return match?.[1] ? [[match[1], url] as const] : [];
  }),
);

/** The version new checks are made on. */
export function latestClientCheckVersion(): string {
  const sorted = [...versions.keys()].sort(compareVersions);
  return sorted[sorted.length - 1] ?? '1.0.0';
}

const prepared = new Map<string, Promise<PreparedClientCheck>>();
let copies: DefinitionCopies | undefined;

/** Where copies of the definition are kept (IndexedDB in the browser); none in development. */
export function keepClientCheckCopiesIn(store: DefinitionCopies | undefined): void {
  copies = store;
  prepared.clear();
}

async function load(version: string): Promise<PreparedClientCheck> {
  const copy = await copies?.get(CLIENT_CHECK_ID, version);
  if (copy !== undefined) {
    const parsed = parseClientCheck(copy);
    if (parsed.ok) return parsed.questionnaire;
  }
  const url = versions.get(version);
  if (url === undefined) throw new QuestionnaireUnavailableError(CLIENT_CHECK_ID, version);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${String(response.status)}`);
  const raw: unknown = await response.json();
  const parsed = parseClientCheck(raw);
  if (!parsed.ok) throw new QuestionnaireUnavailableError(CLIENT_CHECK_ID, version);
  void copies?.keep(CLIENT_CHECK_ID, version, raw);
  return parsed.questionnaire;
}

/** Loads and prepares a version of the client check; a failed load is tried again next time. */
export function loadClientCheck(
  version = latestClientCheckVersion(),
): Promise<PreparedClientCheck> {
  let promise = prepared.get(version);
  if (!promise) {
    const loading = load(version);
    prepared.set(version, loading);
    loading.catch(() => {
      if (prepared.get(version) === loading) prepared.delete(version);
    });
    promise = loading;
  }
  return promise;
}
