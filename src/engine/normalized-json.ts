// The canonical form a Boussole file's checksum covers: canonical JSON with every string in Unicode
// NFC. Only files read and written need it (not the first screens), hence a module of its own.

/** More combining marks in a row than any real text has (Unicode's stream-safe format allows 30). */
const MAX_MARK_RUN = 30;
/** Combining grapheme joiner: invisible, and stops canonical reordering across it. */
const CGJ = '\u034f';
/** Below U+0300 every character is already NFC and none combines with the one before it. */
const FIRST_CHANGED_BY_NFC = 0x300;

let bmpMarks: Uint8Array | undefined;
const astralMarks = new Map<number, boolean>();

/** Which UTF-16 code units are combining marks (\p{M}), built once from Unicode's own tables. */
function marksTable(): Uint8Array {
  if (bmpMarks) return bmpMarks;
  const table = new Uint8Array(0x10000);
  let all = '';
  for (let start = 0; start < 0x10000; start += 4096) {
    const units: number[] = [];
    // Surrogates stand in as "a": they are no marks, and keep indexes equal to code points.
    for (let code = start; code < start + 4096; code++)
      units.push(code >= 0xd800 && code <= 0xdfff ? 0x61 : code);
    all += String.fromCharCode(...units);
  }
  for (const match of all.matchAll(/\p{M}+/gu))
    for (let code = match.index; code < match.index + match[0].length; code++) table[code] = 1;
  bmpMarks = table;
  return table;
}

function isAstralMark(codePoint: number): boolean {
  let mark = astralMarks.get(codePoint);
  if (mark === undefined) {
    mark = /\p{M}/u.test(String.fromCodePoint(codePoint));
    astralMarks.set(codePoint, mark);
  }
  return mark;
}

/** A string in Unicode NFC, as most editors write it. Normalising thousands of combining marks in a
 * row takes quadratic time (a minute for 1 MB), so, as Unicode's stream-safe format does, a joiner is
 * inserted after every 30 marks first; no real text has that many on one letter. One pass finds both
 * those runs and whether there is anything to normalise at all. */
export function normalizedText(text: string): string {
  const marks = marksTable();
  let untouched = true;
  let run = 0;
  let cuts: number[] | null = null;
  for (let index = 0; index < text.length; index++) {
    const at = index;
    const code = text.charCodeAt(index);
    if (code < FIRST_CHANGED_BY_NFC) {
      run = 0;
      continue;
    }
    untouched = false;
    let mark: boolean;
    const next = text.charCodeAt(index + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      mark = isAstralMark((code - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000);
      index++;
    } else mark = marks[code] === 1;
    if (!mark) run = 0;
    else if (++run > MAX_MARK_RUN) {
      (cuts ??= []).push(at);
      run = 1;
    }
  }
  if (untouched) return text;
  if (cuts === null) return text.normalize('NFC');
  const parts: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    parts.push(text.slice(from, cut), CGJ);
    from = cut;
  }
  parts.push(text.slice(from));
  return parts.join('').normalize('NFC');
}

/**
 * The canonical form a Boussole file's checksum covers: canonical JSON (sorted keys, no whitespace)
 * with every string, keys included, normalised by `normalizedText`. A file re-saved by an editor that
 * re-indents, changes line endings (whitespace between values), adds a byte-order mark (removed when
 * the file is read) or stores accents decomposed (NFD) keeps its checksum; any change of content does not.
 */
export function normalizedCanonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (typeof value === 'string') return JSON.stringify(normalizedText(value));
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    return `[${value.map((item) => normalizedCanonicalJson(item)).join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const entries = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .map((key) => ({ key, normalized: normalizedText(key) }))
    // Two keys that differ only in normalisation (refused elsewhere) still get one fixed order.
    .sort((a, b) => compare(a.normalized, b.normalized) || compare(a.key, b.key));
  return `{${entries
    .map(
      ({ key, normalized }) =>
        `${JSON.stringify(normalized)}:${normalizedCanonicalJson(record[key])}`,
    )
    .join(',')}}`;
}

/** Code-unit order, as Array.prototype.sort uses for strings. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
