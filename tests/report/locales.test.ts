import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT_FILES } from '../../src/report/pdf/font-files';
import { FONT_URLS } from '../../src/report/pdf/fonts';

const read = (language: string): unknown =>
  JSON.parse(readFileSync(`locales/${language}/report.json`, 'utf8'));

describe('the report’s interface text', () => {
  it('uses Canadian French words', () => {
    const french = JSON.stringify(read('fr'));
    expect(french).toContain('organisme');
    expect(french).not.toMatch(/\borganisation de\b|\bmail\b|\be-mail\b/i);
  });
});

describe('the browser font files', () => {
  it('are the files the Node loader and the tests read', () => {
    for (const [style, file] of Object.entries(FONT_FILES)) {
      expect(FONT_URLS[style as keyof typeof FONT_URLS]).toMatch(new RegExp(`${file}$`));
    }
  });
});
