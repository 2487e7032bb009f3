import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fontUrl } from '../../src/report/fonts/load-faces';
import { FONT_STYLES } from '../../src/report/fonts/font-style';
import { REPORT_FACES } from '../../src/report/fonts/report-faces';

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
  it('are the files the Node loader and the tests read, for every face and style', () => {
    for (const face of REPORT_FACES) {
      for (const style of FONT_STYLES) {
        expect(fontUrl(face, style), `${face.id} ${style}`).toMatch(
          new RegExp(`${face.files[style]}$`),
        );
      }
    }
  });
});
