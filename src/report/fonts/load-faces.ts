// Loads the report's fonts in the browser. Vite bundles each file as a same-origin asset: the embedded
// faces are precached by the service worker with the app; the Arabic and Chinese files are left out of
// the precache and fetched only when a report's text needs them, after which the service worker keeps
// them (cache first), so a report that printed once prints offline. Nothing comes from a CDN.
import type { LoadedFace } from './font-files';
import { FONT_STYLES, type FontStyle } from './font-style';
import { onDemandFacesFor } from './font-runs';
import { EMBEDDED_FACES, REPORT_FACES, type ReportFace } from './report-faces';

/** Every font file's URL, by its path in node_modules (glob options must be written out literally). */
export const FONT_URLS: Record<string, string> = {
  ...import.meta.glob<string>(
    '/node_modules/@fontsource/noto-sans/files/noto-sans-{latin,latin-ext,vietnamese,cyrillic,greek}-{400,700}-{normal,italic}.woff',
    { query: '?url', import: 'default', eager: true },
  ),
  ...import.meta.glob<string>(
    '/node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-{400,700}-normal.woff',
    { query: '?url', import: 'default', eager: true },
  ),
  ...import.meta.glob<string>(
    '/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-*-400-normal.woff',
    { query: '?url', import: 'default', eager: true },
  ),
};

export function fontUrl(face: ReportFace, style: FontStyle): string | undefined {
  return FONT_URLS[`/node_modules/${face.package}/files/${face.files[style]}`];
}

/** A face's file could not be fetched (offline before its first use, or a server error). */
export class FontUnavailableError extends Error {
  constructor(readonly face: ReportFace) {
    super(`font ${face.id} could not be loaded`);
  }
}

async function fetchFont(face: ReportFace, style: FontStyle): Promise<Uint8Array> {
  const url = fontUrl(face, style);
  if (url === undefined) throw new FontUnavailableError(face);
  const response = await fetch(url).catch(() => {
    throw new FontUnavailableError(face);
  });
  if (!response.ok) throw new FontUnavailableError(face);
  return new Uint8Array(await response.arrayBuffer());
}

const loading = new Map<string, Promise<LoadedFace>>();

/** A face's four files, fetched once per page load (a file shared by styles, once). */
function loadFace(face: ReportFace): Promise<LoadedFace> {
  let promise = loading.get(face.id);
  if (promise === undefined) {
    const byFile = new Map<string, Promise<Uint8Array>>();
    const file = (style: FontStyle) => {
      const name = face.files[style];
      let bytes = byFile.get(name);
      if (bytes === undefined) {
        bytes = fetchFont(face, style);
        byFile.set(name, bytes);
      }
      return bytes;
    };
    promise = Promise.all(FONT_STYLES.map(file)).then((files) => ({
      face,
      files: Object.fromEntries(FONT_STYLES.map((style, index) => [style, files[index]])) as Record<
        FontStyle,
        Uint8Array
      >,
    }));
    const failed = promise;
    failed.catch(() => {
      if (loading.get(face.id) === failed) loading.delete(face.id);
    });
    loading.set(face.id, promise);
  }
  return promise;
}

/** The faces every report prints with (precached with the app). */
export const loadEmbeddedFaces = (): Promise<LoadedFace[]> =>
  Promise.all(EMBEDDED_FACES.map(loadFace));

export interface OnDemandFaces {
  loaded: LoadedFace[];
  /** Faces the text needs that could not be fetched: their characters will not print. */
  unavailable: ReportFace[];
}

/** The on-demand faces the texts need, fetched (or taken from the offline cache) when possible. */
export async function loadOnDemandFaces(texts: Iterable<string>): Promise<OnDemandFaces> {
  const wanted = onDemandFacesFor(texts, REPORT_FACES);
  const settled = await Promise.allSettled(wanted.map(loadFace));
  const loaded: LoadedFace[] = [];
  const unavailable: ReportFace[] = [];
  settled.forEach((result, index) => {
    const face = wanted[index];
    if (result.status === 'fulfilled') loaded.push(result.value);
    else if (face !== undefined) unavailable.push(face);
  });
  return { loaded, unavailable };
}
