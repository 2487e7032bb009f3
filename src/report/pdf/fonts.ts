// Loads the embedded font in the browser: Vite bundles each file as a same-origin asset (precached
// for offline use) and the report fetches it only when a PDF is exported.
import bolditalics from '@fontsource/noto-sans/files/noto-sans-latin-700-italic.woff?url';
import bold from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff?url';
import italics from '@fontsource/noto-sans/files/noto-sans-latin-400-italic.woff?url';
import normal from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?url';
import type { FontStyle, ReportFonts } from './font-files';

export const FONT_URLS: Record<FontStyle, string> = { normal, bold, italics, bolditalics };

async function fetchFont(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${url} could not be loaded (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

let loading: Promise<ReportFonts> | undefined;

/** The four font files, fetched once per page load. */
export function loadReportFonts(): Promise<ReportFonts> {
  loading ??= Promise.all([
    fetchFont(FONT_URLS.normal),
    fetchFont(FONT_URLS.bold),
    fetchFont(FONT_URLS.italics),
    fetchFont(FONT_URLS.bolditalics),
  ]).then(([normalFont, boldFont, italicsFont, boldItalicsFont]) => ({
    normal: normalFont,
    bold: boldFont,
    italics: italicsFont,
    bolditalics: boldItalicsFont,
  }));
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
