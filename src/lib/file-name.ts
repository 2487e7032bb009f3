// File names made from typed text (organization, cycle and respondent names), shared by the PDF, CSV,
// backup and response files: safe on every file system, readable in any script ("rivière", "東京",
// "👩🏽‍💻"), and cut between graphemes, never through a letter, its accents or an emoji.

/** Kept short for people; the byte budget keeps any mix of parts well under the 255-byte limit. */
export const MAX_PART_GRAPHEMES = 60;
export const MAX_PART_BYTES = 100;

/** A grapheme made only of these is kept in a name: letters, marks (variation selectors too), digits,
 * emoji, skin tones, flag letters and tags, and the joiners. */
const KEPT =
  /^(?:[\p{L}\p{M}\p{N}\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u200c\u{e0020}-\u{e007f}]|\u200d)+$/u;
/** ...and it must carry one of these (a lone combining mark or joiner is not a name). */
const CARRIER = /[\p{L}\p{N}\p{Extended_Pictographic}\p{Regional_Indicator}]/u;

/** Only this much text after the first kept character is looked at: enough for any name that fits
 * the budget, and Intl.Segmenter slows down sharply on long strings. */
const WINDOW = MAX_PART_BYTES * 4;
/** A name whose first letter comes later than this is no name: the fallback is used. */
const SEARCH_LIMIT = WINDOW * 4;

/** Where Intl.Segmenter is missing (Firefox before 125): a character with the marks, emoji modifiers,
 * variation selectors, tags and Hangul vowel and final jamo that extend it, joined across ZWJ and
 * after an Indic virama (conjuncts); flags as pairs. Close to Unicode's rules for the cases names need. */
const EXTEND =
  '[\\p{M}\\p{Emoji_Modifier}\\u200c\\u{e0020}-\\u{e007f}\\u1160-\\u11ff\\ud7b0-\\ud7ff]';
const AFTER_VIRAMA = '(?<=\\u094d|\\u09cd|\\u0acd|\\u0b4d|\\u0c4d|\\u0d4d)\\p{L}';
const APPROXIMATE_GRAPHEME = new RegExp(
  `\\p{Regional_Indicator}{2}|[\\s\\S](?:${EXTEND}|\\u200d[\\s\\S]|${AFTER_VIRAMA})*`,
  'gu',
);

/** The text's graphemes (user-perceived characters), in order. */
export function graphemes(text: string): string[] {
  if (typeof Intl.Segmenter === 'function') {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    return Array.from(segmenter.segment(text), (part) => part.segment);
  }
  return text.match(APPROXIMATE_GRAPHEME) ?? [];
}

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

export interface FileNamePartOptions {
  /** What the name becomes when nothing usable is left, e.g. "organization". */
  fallback?: string;
  /** Lower-cases with this language's rules (the PDF's names). */
  lowerCase?: string;
}

/** A file name part from free text: letters (accents kept), digits and emoji, every other run of
 * characters turned into one "-", at most MAX_PART_GRAPHEMES graphemes and MAX_PART_BYTES bytes. */
export function fileNamePart(text: string, options: FileNamePartOptions = {}): string {
  const fallback = options.fallback ?? 'boussole';
  const start = text.slice(0, SEARCH_LIMIT).search(CARRIER);
  if (start === -1) return fallback;
  const window = text.slice(start, start + WINDOW);
  const parts = graphemes(window);
  // The window may end inside a grapheme: its last one is only whole if the text ends there too.
  if (start + WINDOW < text.length) parts.pop();

  let name = '';
  let count = 0;
  let bytes = 0;
  let separated = false;
  for (const raw of parts) {
    if (!KEPT.test(raw) || !CARRIER.test(raw)) {
      separated = name !== '';
      continue;
    }
    const normalized = raw.normalize('NFC');
    const grapheme =
      options.lowerCase === undefined
        ? normalized
        : normalized.toLocaleLowerCase(options.lowerCase);
    const piece = separated ? `-${grapheme}` : grapheme;
    const pieceCount = separated ? 2 : 1;
    const pieceBytes = utf8Length(piece);
    if (count + pieceCount > MAX_PART_GRAPHEMES || bytes + pieceBytes > MAX_PART_BYTES) break;
    name += piece;
    count += pieceCount;
    bytes += pieceBytes;
    separated = false;
  }
  return name === '' ? fallback : name;
}

/** `<cycle>-<lang>.csv` */
export function csvFileName(cycleName: string, language: string): string {
  return `${fileNamePart(cycleName, { fallback: 'cycle' })}-${language}.csv`;
}

/** `<respondent>-<questionnaire>.boussole.json` */
export function responseFileName(respondent: string, questionnaireId: string): string {
  const who = fileNamePart(respondent, { fallback: 'response' });
  return `${who}-${fileNamePart(questionnaireId, { fallback: 'questionnaire' })}.boussole.json`;
}

/** `boussole-backup-<YYYY-MM-DD>.json`, the day taken from the export's time stamp. */
export function backupFileName(exportedAt: string): string {
  return `boussole-backup-${fileNamePart(exportedAt.slice(0, 10), { fallback: 'date' })}.json`;
}
