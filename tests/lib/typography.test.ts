import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frenchTypography, localize } from '../../src/lib/typography';

/** The rules as four regular expressions (the earlier implementation): clear, but slow on long runs of
 * spaces, so only used here as the reference on short texts. */
function referenceTypography(text: string): string {
  return text
    .replace(/[ \u00a0\u202f]+:/g, '\u00a0:')
    .replace(/[ \u00a0\u202f]+([;!?])/g, '\u202f$1')
    .replace(/«[ \u00a0\u202f]*/g, '«\u00a0')
    .replace(/[ \u00a0\u202f]*»/g, '\u00a0»');
}

describe('French typography', () => {
  it('makes the space before a colon non-breaking and before ; ! ? a narrow non-breaking space', () => {
    expect(frenchTypography('Vos sauvegardes : sont-elles testées ? Oui !')).toBe(
      'Vos sauvegardes\u00a0: sont-elles testées\u202f? Oui\u202f!',
    );
  });

  it('puts non-breaking spaces inside guillemets', () => {
    expect(frenchTypography('un « plancher » de compétences')).toBe(
      'un «\u00a0plancher\u00a0» de compétences',
    );
    expect(frenchTypography('un «plancher»')).toBe('un «\u00a0plancher\u00a0»');
  });

  it('leaves URLs and times without spaces alone', () => {
    expect(frenchTypography('https://www.cyber.gc.ca à 10:30')).toBe(
      'https://www.cyber.gc.ca à 10:30',
    );
  });

  it('picks the language and only typesets French', () => {
    const text = { en: 'Backups: tested?', fr: 'Sauvegardes : testées ?' };
    expect(localize(text, 'en')).toBe('Backups: tested?');
    expect(localize(text, 'fr')).toBe('Sauvegardes\u00a0: testées\u202f?');
  });

  it('typesets any mix of spaces, punctuation and guillemets exactly as the written rules say', () => {
    const piece = fc.constantFrom(
      ' ',
      '  ',
      '\u00a0',
      '\u202f',
      ':',
      ';',
      '!',
      '?',
      '«',
      '»',
      'a',
      'é',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(frenchTypography(text)).toBe(referenceTypography(text));
      }),
      { numRuns: 2000 },
    );
  });
});
