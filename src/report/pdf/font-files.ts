// The embedded font: Noto Sans (SIL Open Font License) from @fontsource/noto-sans, Latin subset, which
// covers French (é è ê à ç œ « » and the non-breaking space). Its narrow no-break space (U+202F) is
// missing, so the renderer writes a no-break space instead (see pdf-text.ts).
export const FONT_PACKAGE_DIR = '@fontsource/noto-sans/files';

export const FONT_FILES = {
  normal: 'noto-sans-latin-400-normal.woff',
  bold: 'noto-sans-latin-700-normal.woff',
  italics: 'noto-sans-latin-400-italic.woff',
  bolditalics: 'noto-sans-latin-700-italic.woff',
} as const;

export type FontStyle = keyof typeof FONT_FILES;

/** Each file's PostScript name. pdfkit caches an opened font under it, and the renderer files the
 * bytes under the same name, so SVG chart text finds the already-open font instead of a file path. */
export const FONT_NAMES: Record<FontStyle, string> = {
  normal: 'NotoSans-Regular',
  bold: 'NotoSans-Bold',
  italics: 'NotoSans-Italic',
  bolditalics: 'NotoSans-BoldItalic',
};

/** The font files' bytes, one per style. */
export type ReportFonts = Record<FontStyle, Uint8Array>;
