// Names in every script people in the sector write them in print as real text: a report whose
// organization, cycle, owners and notes use Latin Extended, Vietnamese, Cyrillic, Greek, Chinese and
// Arabic, read back with pdftotext and pdffonts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportPdf } from '../../src/report/build-report';
import { reportInput } from './support/fixture';
import { nodeFonts } from './support/node-fonts';
import { pdfFonts, pdfText, searchable } from './support/pdf-tools';
import { translator } from './support/translate';

const NAMES = {
  latinExtended: 'Łucja Wiśniewska-Şahin Ștefănescu',
  vietnamese: 'Nguyễn Thị Ngọc Hường',
  cyrillic: 'Ольга Петренко',
  greek: 'Ελένη Παπαδοπούλου',
  chinese: '王芳',
  arabic: 'فاطمة',
};

const directory = mkdtempSync(join(tmpdir(), 'boussole-scripts-'));
let text = '';
let file = '';

beforeAll(async () => {
  const input = reportInput({ language: 'en', withPrevious: false });
  input.profile = { ...input.profile, name: `Centre ${NAMES.latinExtended}` };
  input.cycle = { ...input.cycle, name: `2026 ${NAMES.arabic}` };
  const owners = [NAMES.vietnamese, NAMES.cyrillic, NAMES.greek, NAMES.chinese];
  input.roadmapEdits = input.roadmapEdits.map((edit, index) => ({
    ...edit,
    status: 'planned' as const,
    owner: owners[index] ?? 'Ana',
    note: `Note ${owners[(index + 1) % owners.length] ?? ''}`,
  }));
  const fonts = nodeFonts([input.profile.name, input.cycle.name, ...owners]);
  file = join(directory, 'scripts.pdf');
  writeFileSync(file, await buildReportPdf(input, await translator('en'), fonts));
  text = searchable(pdfText(file));
}, 60_000);

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

describe('a report with names in many scripts', () => {
  it.each(['latinExtended', 'vietnamese', 'cyrillic', 'greek', 'chinese'] as const)(
    'prints the %s name as searchable text',
    (script) => {
      expect(text).toContain(NAMES[script]);
    },
  );

  it('embeds the Arabic and Chinese fonts it needed, each with a Unicode map', () => {
    const fonts = pdfFonts(file);
    expect(fonts.some((font) => font.name.includes('NotoSansArabic'))).toBe(true);
    expect(fonts.some((font) => font.name.includes('NotoSansSC'))).toBe(true);
    for (const font of fonts) expect(font).toMatchObject({ embedded: true, unicode: true });
  });

  it('prints the Arabic name’s letters (text extraction of shaped Arabic may reorder them)', () => {
    for (const letter of ['ف', 'ط', 'م']) expect(text).toContain(letter);
  });
});
