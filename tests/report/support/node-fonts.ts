// The report's fonts read from node_modules, for generating reports in Node (tests, bench): the
// embedded faces, plus the on-demand faces a text needs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { LoadedFace, ReportFonts } from '../../../src/report/fonts/font-files';
import { FONT_STYLES, type FontStyle } from '../../../src/report/fonts/font-style';
import { onDemandFacesFor } from '../../../src/report/fonts/font-runs';
import {
  EMBEDDED_FACES,
  REPORT_FACES,
  type ReportFace,
} from '../../../src/report/fonts/report-faces';

const require = createRequire(import.meta.url);
const cache = new Map<string, Uint8Array>();

export function fontFileBytes(face: ReportFace, style: FontStyle): Uint8Array {
  const path = require.resolve(`${face.package}/files/${face.files[style]}`);
  let bytes = cache.get(path);
  if (bytes === undefined) {
    bytes = new Uint8Array(readFileSync(path));
    cache.set(path, bytes);
  }
  return bytes;
}

function load(face: ReportFace): LoadedFace {
  const files = Object.fromEntries(
    FONT_STYLES.map((style) => [style, fontFileBytes(face, style)]),
  ) as Record<FontStyle, Uint8Array>;
  return { face, files };
}

const embedded = EMBEDDED_FACES.map(load);

/** The embedded faces, and the on-demand ones `texts` need. */
export function nodeFonts(texts: Iterable<string> = []): ReportFonts {
  return [...embedded, ...onDemandFacesFor(texts, REPORT_FACES).map(load)];
}
