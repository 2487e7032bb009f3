// CSV text for spreadsheets: UTF-8 with a byte-order mark so Excel shows accents, fields quoted when
// needed (RFC 4180), CRLF line ends. French spreadsheets expect ";" between fields.

export const BOM = '\uFEFF';

function field(value: string | number | null | undefined, separator: string): string {
  const text = value === null || value === undefined ? '' : String(value);
  // A leading = + - @ would be run as a formula by spreadsheets: keep it text.
  const safe = /^[=+\-@]/.test(text) && Number.isNaN(Number(text)) ? `'${text}` : text;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
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
