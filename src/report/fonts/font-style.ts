// The four styles pdfmake asks a font family for.
export const FONT_STYLES = ['normal', 'bold', 'italics', 'bolditalics'] as const;

export type FontStyle = (typeof FONT_STYLES)[number];
