import { describe, expect, it } from 'vitest';
import { frenchTypography, localize } from '../../src/lib/typography';

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
});
