// Every way an imported or restored file can be refused is said in plain words, in both languages:
// no code, no position in the file, no raw byte count; those wait behind "Details".
import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { fileRefusalWords, fileSizeWords } from '../../src/components/use-file-refusal';
import { importErrorCodes, type ImportError } from '../../src/domain/import-error';
import { createI18n } from '../../src/lib/i18n';
import type { Language } from '../../src/lib/typography';

const translate = (language: Language): TFunction<'transfer'> =>
  createI18n(language).getFixedT(language, 'transfer');

/** What each refusal carries when the storage layer makes it (see src/storage/transfer). */
const examples: Record<(typeof importErrorCodes)[number], ImportError['details']> = {
  'too-large': { size: 3_250_000, limit: 2 * 1024 * 1024 },
  empty: {},
  'not-text': {},
  'other-encoding': { encoding: 'utf-16 without byte-order mark' },
  'not-json': { reason: 'Unexpected token \'x\', "x" is not valid JSON' },
  'duplicate-names': {},
  truncated: {},
  'not-boussole': {},
  'wrong-kind': { found: 'boussole-backup', expected: 'boussole-response' },
  'future-version': { version: 7, supported: 3 },
  'unsupported-version': { version: 'array' },
  tampered: {},
  'invalid-structure': { path: '$.answers[3]', problem: 'unrecognized_keys' },
  'unknown-questionnaire': { id: 'digital-maturity', version: '9.0.0' },
  'questionnaire-changed': { id: 'digital-maturity', version: '1.1.0' },
  'questionnaire-not-in-cycle': { id: 'digital-literacy', cycle: 'Bilan 2026' },
  'answers-invalid': { question: 'dm-gov-1' },
  duplicate: { respondent: 'Hélène', cycle: 'Bilan 2026' },
  'older-copy': {
    respondent: 'Hélène',
    deviceChanged: Date.UTC(2026, 2, 4, 15, 0),
    fileChanged: Date.UTC(2026, 2, 3, 15, 0),
  },
  'cycle-closed': { cycle: 'Bilan 2025' },
  'cycle-missing': {},
  'inconsistent-backup': { context: 'answers' },
  'duplicate-records': { context: 'cycles' },
  'storage-failed': {},
  'read-failed': {},
  cancelled: {},
};

/** Developer output a person must never see in a message. */
const technical = [
  /\$/,
  /unrecognized/i,
  /invalid_type/,
  /\d\s*(bytes|octets)\b/i,
  /\{\{/,
  /errors\./,
];

describe.each(['en', 'fr'] as const)('a refused file, in %s', (language) => {
  const t = translate(language);

  it.each(importErrorCodes)('says what is wrong with %s in plain words', (code) => {
    const words = fileRefusalWords(t, { code, details: examples[code] });
    expect(words.message.length).toBeGreaterThan(10);
    for (const pattern of technical) expect(words.message).not.toMatch(pattern);
    // the code itself is kept for whoever helps, behind "Details"
    expect(words.detail.startsWith(code)).toBe(true);
  });

  it('gives every refusal its own message', () => {
    const messages = importErrorCodes.map(
      (code) => fileRefusalWords(t, { code, details: examples[code] }).message,
    );
    expect(new Set(messages).size).toBe(messages.length);
  });

  it('keeps the position in the file and the check that failed for the details only', () => {
    const words = fileRefusalWords(t, {
      code: 'invalid-structure',
      details: { path: '$.answers[3]', problem: 'unrecognized_keys' },
    });
    expect(words.detail).toBe('invalid-structure; path: $.answers[3]; problem: unrecognized_keys');
  });
});

describe('file sizes in a message', () => {
  it('are in megabytes with one decimal, in each language’s own way', () => {
    const en = fileRefusalWords(translate('en'), {
      code: 'too-large',
      details: examples['too-large'],
    });
    expect(en.message).toBe(
      'This file is 3.1\u00a0MB; the limit is 2\u00a0MB. It is probably not the right file.',
    );
    const fr = fileRefusalWords(translate('fr'), {
      code: 'too-large',
      details: examples['too-large'],
    });
    expect(fr.message).toBe(
      'Ce fichier fait 3,1\u00a0Mo\u202f; la limite est de 2\u00a0Mo. Ce n’est probablement pas le bon fichier.',
    );
  });

  it('are in kilobytes below a megabyte, never in bytes', () => {
    expect(fileSizeWords(translate('en'), 850 * 1024)).toBe('850\u00a0KB');
    expect(fileSizeWords(translate('fr'), 300)).toBe('1\u00a0Ko');
  });
});

describe('a file of another kind', () => {
  it('is named by what it is and what was expected', () => {
    const words = fileRefusalWords(translate('en'), {
      code: 'wrong-kind',
      details: { found: 'boussole-backup', expected: 'boussole-response' },
    });
    expect(words.message).toBe(
      'This is a Boussole backup, not a Boussole response file. Open it where that kind of file is expected.',
    );
  });
});
