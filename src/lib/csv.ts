// CSV text for spreadsheets: UTF-8 with a byte-order mark so Excel shows accents, fields quoted when
// needed (RFC 4180), CRLF line ends. French spreadsheets expect ";" between fields.

import { TextBuilder } from './text-builder';

export const BOM = '\uFEFF';
const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/**
 * A text cell a spreadsheet would run as a formula (OWASP "CSV Injection"): one that begins with
 * = + - @, a tab, CR or LF, also after leading spaces or invisible characters, which some
 * spreadsheets skip. The full-width forms are included because some spreadsheets read them as the
 * ASCII ones.
 */
const FORMULA_START = /^[\s\u200b-\u200f\u2060\ufeff]*[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/u;

/** The text with each double quote doubled (RFC 4180), built in one pass even for a million quotes
 * (one loop over code units: copying the runs between quotes call by call is twice as slow when the
 * quotes are dense, and `replaceAll` ten times). */
function doubleQuotes(text: string): string {
  const first = text.indexOf('"');
  if (first === -1) return text;
  const out = new TextBuilder(text.length * 2);
  out.copy(text, 0, first);
  for (let index = first; index < text.length; index++) {
    const code = text.charCodeAt(index);
    out.unit(code);
    if (code === QUOTE) out.unit(QUOTE);
  }
  return out.toString();
}

/** Numbers the app computed are written as numbers. A text that could start a formula is neutralised
 * as OWASP advises: a single quote in front and the whole cell quoted, so it stays text. */
function field(value: string | number | null | undefined, separator: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (FORMULA_START.test(value)) return `"'${doubleQuotes(value)}"`;
  return value.includes(separator) || /["\r\n]/.test(value) ? `"${doubleQuotes(value)}"` : value;
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

/** One field's text, gathered as ranges of the input: a slice when it is one range (the usual case),
 * a buffer when quotes split it. */
class FieldText {
  private range: [number, number] | null = null;
  private built: TextBuilder | null = null;

  constructor(private readonly source: string) {}

  add(from: number, to: number): void {
    if (from >= to) return;
    if (this.range === null && this.built === null) {
      this.range = [from, to];
      return;
    }
    if (this.built === null) {
      this.built = new TextBuilder();
      if (this.range) this.built.copy(this.source, this.range[0], this.range[1]);
      this.range = null;
    }
    this.built.copy(this.source, from, to);
  }

  get empty(): boolean {
    return this.range === null && this.built === null;
  }

  take(): string {
    const text = this.built
      ? this.built.toString()
      : this.range
        ? this.source.slice(this.range[0], this.range[1])
        : '';
    this.range = null;
    this.built = null;
    return text;
  }
}

/** Reads CSV text written by `toCsv` (or any RFC 4180 CSV) back into rows. Linear: fields are slices
 * of the input, never built one character at a time. */
export function parseCsv(text: string, separator = ','): string[][] {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const divider = separator.charCodeAt(0);
  const rows: string[][] = [];
  let row: string[] = [];
  const value = new FieldText(input);
  let quoted = false;
  let from = 0;
  for (let index = 0; index < input.length; index++) {
    const code = input.charCodeAt(index);
    if (quoted) {
      if (code !== QUOTE) continue;
      value.add(from, index);
      if (input.charCodeAt(index + 1) === QUOTE) {
        from = index + 1; // the second quote of "" is kept
        index++;
      } else {
        quoted = false;
        from = index + 1;
      }
    } else if (code === QUOTE) {
      value.add(from, index);
      quoted = true;
      from = index + 1;
    } else if (code === divider) {
      value.add(from, index);
      row.push(value.take());
      from = index + 1;
    } else if (code === LF || code === CR) {
      value.add(from, index);
      row.push(value.take());
      rows.push(row);
      row = [];
      if (code === CR && input.charCodeAt(index + 1) === LF) index++;
      from = index + 1;
    }
  }
  value.add(from, input.length);
  if (!value.empty || row.length > 0) {
    row.push(value.take());
    rows.push(row);
  }
  return rows;
}
