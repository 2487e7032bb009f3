// CSV text for spreadsheets: UTF-8 with a byte-order mark so Excel shows accents, fields quoted when
// needed (RFC 4180), CRLF line ends. French spreadsheets expect ";" between fields.

export const BOM = '\uFEFF';

/**
 * A text cell a spreadsheet would run as a formula (OWASP "CSV Injection"): one that begins with
 * = + - @, a tab, CR or LF, also after leading spaces or invisible characters, which some
 * spreadsheets skip. The full-width forms are included because some spreadsheets read them as the
 * ASCII ones.
 */
const FORMULA_START = /^[\s\u200b-\u200f\u2060\ufeff]*[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/u;

/** Numbers the app computed are written as numbers. A text that could start a formula is neutralised
 * as OWASP advises: a single quote in front and the whole cell quoted, so it stays text. */
function field(value: string | number | null | undefined, separator: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (FORMULA_START.test(value)) return `"'${value.replace(/"/g, '""')}"`;
  return value.includes(separator) || /["\r\n]/.test(value)
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

export function toCsv(
  rows: readonly (readonly (string | number | null | undefined)[])[],
  separator = ',',
): string {
  return (
    BOM +
    rows.map((row) => row.map((value) => field(value, separator)).join(separator)).join('\r\n') +
    '\r\n'
  );
}

/** Reads CSV text written by `toCsv` (or any RFC 4180 CSV) back into rows. */
export function parseCsv(text: string, separator = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < input.length; i++) {
    const char = input[i] ?? '';
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        value += '"';
        i++;
      } else if (char === '"') quoted = false;
      else value += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      row.push(value);
      value = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[i + 1] === '\n') i++;
      row.push(value);
      rows.push(row);
      row = [];
      value = '';
    } else value += char;
  }
  if (value !== '' || row.length > 0) {
    row.push(value);
    rows.push(row);
  }
  return rows;
}
