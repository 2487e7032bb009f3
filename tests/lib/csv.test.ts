import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../src/lib/csv';

/** The cells of a one-row CSV as written, without the byte-order mark and line end. */
const written = (cells: (string | number)[], separator = ',') =>
  toCsv([cells], separator).slice(1, -2);

describe('CSV cells a spreadsheet could run as formulas', () => {
  it.each([
    [
      '=HYPERLINK("http://evil.example","click")',
      `"'=HYPERLINK(""http://evil.example"",""click"")"`,
    ],
    ["+1+cmd|' /C calc'!A0", `"'+1+cmd|' /C calc'!A0"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1:A9)', `"'@SUM(A1:A9)"`],
    ['\t=1+1', `"'\t=1+1"`],
    ['\r=1+1', `"'\r=1+1"`],
    ['\n=1+1', `"'\n=1+1"`],
    ['   =1+1', `"'   =1+1"`],
    ['\u00a0\u200b@x', `"'\u00a0\u200b@x"`],
    ['＝1+1', `"'＝1+1"`],
  ])('neutralise %j with a single quote in front and the cell quoted', (text, expected) => {
    expect(written([text])).toBe(expected);
  });

  it('read back as the same text with the single quote in front, whatever the separator', () => {
    const hostile = ['=1+2";=1+2', '=1+2\'" ;,=1+2', '-1', '@a,b'];
    for (const separator of [',', ';']) {
      const [row] = parseCsv(toCsv([hostile], separator), separator);
      expect(row).toEqual(hostile.map((text) => `'${text}`));
    }
  });

  it('match OWASP’s two examples', () => {
    expect(written(['=1+2";=1+2'])).toBe(`"'=1+2"";=1+2"`);
    expect(written(['=1+2\'" ;,=1+2'])).toBe(`"'=1+2'"" ;,=1+2"`);
  });

  it('leave ordinary text alone, even with = + - @ further in', () => {
    expect(written(['Hélène', 'a=b', 'Jean-Luc', 'x@example.ca', ' Marc'])).toBe(
      'Hélène,a=b,Jean-Luc,x@example.ca, Marc',
    );
  });

  it('keep numbers the app computed as numbers, negative ones included', () => {
    expect(written([72.5, -12, 0, 100])).toBe('72.5,-12,0,100');
    expect(parseCsv(toCsv([[-12.5]]))).toEqual([['-12.5']]);
  });
});

describe('CSV text read back', () => {
  it('gives every cell as written, a single quote in front of those that could start a formula', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'é', '"', ',', ';', '\r', '\n', ' ', '=', '-', '👩🏽‍💻'),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
        fc.constantFrom(',', ';'),
        (rows, separator) => {
          const read = parseCsv(toCsv(rows, separator), separator);
          expect(read).toHaveLength(rows.length);
          read.forEach((row, r) => {
            expect(row).toHaveLength(rows[r]?.length ?? 0);
            row.forEach((text, c) => expect([rows[r]?.[c], `'${rows[r]?.[c]}`]).toContain(text));
          });
        },
      ),
    );
  });
});
