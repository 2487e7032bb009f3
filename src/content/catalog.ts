// The questionnaires shipped in assessments/: every published version, loaded on demand and prepared once.
import { parseQuestionnaire, type PreparedQuestionnaire } from '../engine/prepare';
import { compareVersions } from '../engine/versions';

export interface CatalogEntry {
  id: string;
  version: string;
  load: () => Promise<unknown>;
}

// Definitions are fetched as JSON files (precached by the service worker), not bundled as JavaScript:
// JSON parses faster and only the questionnaire being opened is loaded. The client skills check is
// answered by clients, not the agency: it has its own catalog (client-check-catalog.ts).
const urls = import.meta.glob<string>(
  ['/assessments/*/*.*.*.json', '!/assessments/newcomer-digital-skills/*'],
  { query: '?url', import: 'default', eager: true },
);

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

const byIdAndVersion = (a: CatalogEntry, b: CatalogEntry) =>
  a.id.localeCompare(b.id) || compareVersions(a.version, b.version);

const shipped: readonly CatalogEntry[] = Object.entries(urls)
  .flatMap(([path, url]) => {
    const match = /\/assessments\/([^/]+)\/(\d+\.\d+\.\d+)\.json$/.exec(path);
    return match?.[1] && match[2]
      ? [{ id: match[1], version: match[2], load: () => fetchJson(url) }]
      : [];
  })
  .sort(byIdAndVersion);

let catalog: readonly CatalogEntry[] = shipped;

/**
 * Adds versions that are not shipped, or with no argument goes back to the shipped ones. Tests use it
 * to offer a newer version of a questionnaire from a fixture: published content is never invented.
 */
export function extendCatalog(extra: readonly CatalogEntry[] = []): void {
  catalog = [...shipped, ...extra].sort(byIdAndVersion);
  prepared.clear();
}

/** Questionnaire ids in the order they are offered. */
export const questionnaireOrder = [
  'digital-maturity',
  'cybersecurity-baseline',
  'digital-literacy',
];

/** Versions of a questionnaire newer than `version`, oldest first. */
export function newerVersions(id: string, version: string): string[] {
  return catalog
    .filter((entry) => entry.id === id && compareVersions(entry.version, version) > 0)
    .map((entry) => entry.version);
}

/** The newest version of each questionnaire. */
export function latestVersions(): CatalogEntry[] {
  const latest = new Map<string, CatalogEntry>();
  for (const entry of catalog) latest.set(entry.id, entry);
  return [...latest.values()].sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}

function rank(id: string): number {
  const index = questionnaireOrder.indexOf(id);
  return index === -1 ? questionnaireOrder.length : index;
}

export class QuestionnaireUnavailableError extends Error {
  constructor(
    readonly questionnaireId: string,
    readonly version: string,
  ) {
    super(`questionnaire ${questionnaireId} ${version} is not available`);
  }
}

const prepared = new Map<string, Promise<PreparedQuestionnaire>>();

/** Where the app keeps copies of the definitions it has fetched (IndexedDB in the browser). */
export interface DefinitionCopies {
  get(id: string, version: string): Promise<unknown>;
  keep(id: string, version: string, definition: unknown): Promise<void>;
}
let copies: DefinitionCopies | undefined;

/** Production builds keep copies of published definitions; development reads the files each time. */
export function keepDefinitionCopiesIn(store: DefinitionCopies | undefined): void {
  copies = store;
  prepared.clear();
}

async function load(entry: CatalogEntry): Promise<PreparedQuestionnaire> {
  const copy = await copies?.get(entry.id, entry.version);
  if (copy !== undefined) {
    const parsed = parseQuestionnaire(copy);
    if (parsed.ok) return parsed.questionnaire;
  }
  const raw = await entry.load();
  const parsed = parseQuestionnaire(raw);
  if (!parsed.ok) throw new QuestionnaireUnavailableError(entry.id, entry.version);
  void copies?.keep(entry.id, entry.version, raw);
  return parsed.questionnaire;
}

/** Loads and prepares a questionnaire version; callers share the same promise while it loads or once it succeeded. */
export function loadQuestionnaire(id: string, version: string): Promise<PreparedQuestionnaire> {
  const key = `${id}@${version}`;
  let promise = prepared.get(key);
  if (!promise) {
    const entry = catalog.find((e) => e.id === id && e.version === version);
    promise = entry ? load(entry) : Promise.reject(new QuestionnaireUnavailableError(id, version));
    prepared.set(key, promise);
    // A failure (a network error, a file not there yet) is not kept: the next caller tries again.
    const loading = promise;
    loading.catch(() => {
      if (prepared.get(key) === loading) prepared.delete(key);
    });
  }
  return promise;
}
