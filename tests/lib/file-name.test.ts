import { describe, expect, it } from 'vitest';
import {
  backupFileName,
  csvFileName,
  fileNamePart,
  graphemes,
  MAX_PART_BYTES,
  MAX_PART_GRAPHEMES,
  responseFileName,
} from '../../src/lib/file-name';
import { reportFileName } from '../../src/report/file-name';
import { profile, reportInput } from '../report/support/fixture';

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/** Every grapheme of the cut name is a whole grapheme of the original text. */
function cutBetweenGraphemes(original: string, cut: string): boolean {
  const whole = new Set(graphemes(original.normalize('NFC')));
  return graphemes(cut).every((grapheme) => grapheme === '-' || whole.has(grapheme));
}

const long = {
  accents: 'é'.repeat(200),
  decomposed: 'e\u0301'.repeat(200),
  stackedMarks: 'a\u0300\u0334\u0321\u031b\u0317\u0318'.repeat(40),
  family: '👨‍👩‍👧‍👦'.repeat(40),
  skinTones: '👍🏽👋🏿'.repeat(40),
  flags: '🇨🇦🇫🇷'.repeat(40),
  subdivisionFlag: '🏴󠁧󠁢󠁳󠁣󠁴󠁿'.repeat(20),
  keycaps: '1️⃣2️⃣'.repeat(40),
  devanagari: 'नमस्ते'.repeat(40),
  thai: 'สวัสดี'.repeat(40),
  hangulJamo: '\u1100\u1161\u11a8'.repeat(100),
};

describe('file name parts', () => {
  it.each(Object.entries(long))(
    'cut %s text between graphemes, within the grapheme and byte limits',
    (_, text) => {
      const part = fileNamePart(text);
      expect(part).not.toBe('boussole');
      expect(cutBetweenGraphemes(text, part)).toBe(true);
      expect(graphemes(part).length).toBeLessThanOrEqual(MAX_PART_GRAPHEMES);
      expect(utf8Length(part)).toBeLessThanOrEqual(MAX_PART_BYTES);
    },
  );

  it('keep a family emoji, a skin tone and a flag whole, next to words', () => {
    expect(fileNamePart('Équipe 👨‍👩‍👧‍👦 👍🏽 🇨🇦')).toBe('Équipe-👨‍👩‍👧‍👦-👍🏽-🇨🇦');
  });

  it('never leave a stray combining mark, joiner or skin tone when cutting', () => {
    for (let extra = 0; extra < 12; extra++) {
      const text = `${'a'.repeat(MAX_PART_GRAPHEMES - 3 + extra)}e\u0301👩🏽‍💻🇨🇦`;
      const part = fileNamePart(text);
      expect(cutBetweenGraphemes(text, part)).toBe(true);
      expect(part).not.toMatch(/(\u0301|\u200d|\u{1f3fd})$/u);
      expect(part).not.toMatch(/(^|[^\u{1f1e6}-\u{1f1ff}])[\u{1f1e6}-\u{1f1ff}]$/u);
    }
  });

  it('leave out a single grapheme too large for a name rather than cut through it', () => {
    const zalgo = `a${'\u0300\u0316'.repeat(40)}`;
    expect(fileNamePart(`${zalgo} Centre`)).toBe('boussole');
    expect(fileNamePart(`Centre ${zalgo}`)).toBe('Centre');
  });

  it('compose accents typed as separate marks, so the name reads the same', () => {
    expect(fileNamePart('Rivie\u0300re')).toBe('Rivière');
  });

  it('turn every other run of characters into one hyphen, with none at either end', () => {
    expect(fileNamePart('  ../Agency: "North\\South" <Team>?*|  ')).toBe('Agency-North-South-Team');
    expect(fileNamePart('a\u202eexe.pdf')).toBe('a-exe-pdf');
    expect(fileNamePart('\u0301\u200d…')).toBe('boussole');
    expect(fileNamePart('', { fallback: 'cycle' })).toBe('cycle');
  });

  it('give the same whole graphemes when Intl.Segmenter is missing (older browsers)', () => {
    const segmenter = Intl.Segmenter;
    try {
      Object.defineProperty(Intl, 'Segmenter', { value: undefined, configurable: true });
      for (const text of Object.values(long)) {
        expect(cutBetweenGraphemes(text, fileNamePart(text))).toBe(true);
      }
      expect(fileNamePart('Équipe 👨‍👩‍👧‍👦 👍🏽 🇨🇦')).toBe('Équipe-👨‍👩‍👧‍👦-👍🏽-🇨🇦');
    } finally {
      Object.defineProperty(Intl, 'Segmenter', { value: segmenter, configurable: true });
    }
  });
});

describe('the four file names', () => {
  const hostile = `${'👩🏽‍💻'.repeat(30)}${'e\u0301'.repeat(30)}🇨🇦`;

  it('all go through the same cut, and stay under 255 bytes', () => {
    const names = [
      reportFileName({
        language: 'fr',
        profile: { ...profile, name: hostile },
        cycle: { ...reportInput().cycle, name: hostile },
      }),
      csvFileName(hostile, 'fr'),
      responseFileName(hostile, 'digital-literacy'),
      backupFileName('2026-03-02T15:30:00.000-05:00'),
    ];
    for (const name of names) {
      expect(utf8Length(name)).toBeLessThan(255);
      expect(name).not.toMatch(/[\\/:*?"<>|\s]/);
      const [base] = name.split('.');
      for (const part of (base ?? '').split('-')) {
        expect(
          cutBetweenGraphemes(`${hostile} boussole backup digital-literacy fr 2026-03-02`, part),
        ).toBe(true);
      }
    }
    expect(names[1]).toMatch(/^(👩🏽‍💻)+-fr\.csv$/u);
    expect(names[2]).toMatch(/^(👩🏽‍💻)+-digital-literacy\.boussole\.json$/u);
    expect(names[3]).toBe('boussole-backup-2026-03-02.json');
  });
});
