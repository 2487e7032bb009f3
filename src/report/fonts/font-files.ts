// The fonts a report is printed with: each face (see face-list.ts) with its four style files.
// Noto Sans Latin's narrow no-break space (U+202F) is missing, so the renderer writes a no-break
// space instead (see pdf/font-safe-text.ts).
import type { FontStyle } from './font-style';
import type { ReportFace } from './report-faces';

export type { FontStyle };

/** The Latin files' PostScript names. pdfkit caches an opened font under it, and the renderer files
 * the bytes under the same name, so SVG chart text finds the already-open font instead of a file path. */
export const FONT_NAMES: Record<FontStyle, string> = {
  normal: 'NotoSans-Regular',
  bold: 'NotoSans-Bold',
  italics: 'NotoSans-Italic',
  bolditalics: 'NotoSans-BoldItalic',
};

/** One face's files, as bytes. */
export interface LoadedFace {
  face: ReportFace;
  files: Record<FontStyle, Uint8Array>;
}

/** The faces a report is printed with, the Latin one first. */
export type ReportFonts = readonly LoadedFace[];
