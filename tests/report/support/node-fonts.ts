// The embedded font read from node_modules, for generating reports in Node (tests, bench).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { FONT_FILES, FONT_PACKAGE_DIR, type ReportFonts } from '../../../src/report/pdf/font-files';

const require = createRequire(import.meta.url);

export function nodeFonts(): ReportFonts {
  const read = (file: string): Uint8Array =>
    new Uint8Array(readFileSync(require.resolve(`${FONT_PACKAGE_DIR}/${file}`)));
  return {
    normal: read(FONT_FILES.normal),
    bold: read(FONT_FILES.bold),
    italics: read(FONT_FILES.italics),
    bolditalics: read(FONT_FILES.bolditalics),
  };
}
