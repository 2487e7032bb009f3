// The questionnaires shipped in assessments/: every published version, loaded on demand and prepared once.
import { parseQuestionnaire, type PreparedQuestionnaire } from '../engine/prepare';

export interface CatalogEntry {
  id: string;
  version: string;
  load: () => Promise<unknown>;
}

// Definitions are fetched as JSON files (precached by the service worker), not bundled as JavaScript:
// JSON parses faster and only the questionnaire being opened is loaded.
const urls = import.meta.glob<string>('/assessments/*/*.*.*.json', {
  query: '?url',
  import: 'default',
  eager: true,
});

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

export const catalog: readonly CatalogEntry[] = Object.entries(urls)
  .flatMap(([path, url]) => {
    const match = /\/assessments\/([^/]+)\/(\d+\.\d+\.\d+)\.json$/.exec(path);
    return match?.[1] && match[2]
      ? [{ id: match[1], version: match[2], load: () => fetchJson(url) }]
      : [];
  })
  .sort((a, b) => a.id.localeCompare(b.id) || compareVersions(a.version, b.version));

/** Questionnaire ids in the order they are offered. */
export const questionnaireOrder = [
  'digital-maturity',
  'cybersecurity-baseline',
  'digital-literacy',
];

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

/** Loads and prepares a questionnaire version; the same promise is shared by every caller. */
export function loadQuestionnaire(id: string, version: string): Promise<PreparedQuestionnaire> {
  const key = `${id}@${version}`;
  let promise = prepared.get(key);
  if (!promise) {
    const entry = catalog.find((e) => e.id === id && e.version === version);
    promise = entry
      ? entry.load().then((raw) => {
          const parsed = parseQuestionnaire(raw);
          if (!parsed.ok) throw new QuestionnaireUnavailableError(id, version);
          return parsed.questionnaire;
        })
      : Promise.reject(new QuestionnaireUnavailableError(id, version));
    prepared.set(key, promise);
  }
  return promise;
}
