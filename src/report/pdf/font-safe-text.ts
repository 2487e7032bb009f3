// Text as the embedded font can draw it. French typography uses a narrow no-break space (U+202F)
// before ; ! ? and Intl puts one in French numbers ("83 %"); Noto Sans has no glyph for it, so the
// PDF gets an ordinary no-break space (U+00A0), which keeps the same line-breaking behaviour.
const NARROW_NBSP = '\u202f';
const NBSP = '\u00a0';

export function fontSafeText(text: string): string {
  // split/join: a global regular expression replace slows down badly with many matches.
  return text.includes(NARROW_NBSP) ? text.split(NARROW_NBSP).join(NBSP) : text;
}

/** Applies `fontSafeText` to every string of a pdfmake content tree (functions are left as they are). */
export function fontSafe<T>(value: T): T {
  if (typeof value === 'string') return fontSafeText(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => fontSafe(item)) as T;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, fontSafe(item as unknown)]),
    ) as T;
  }
  return value;
}
