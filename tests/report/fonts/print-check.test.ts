// Before export, the person is told which field holds characters the report cannot print, and which
// fields hold right-to-left text; nothing is dropped silently.
import { describe, expect, it } from 'vitest';
import { EMBEDDED_FACES, REPORT_FACES } from '../../../src/report/fonts/report-faces';
import {
  checkPrintable,
  printCheckPasses,
  type TypedField,
} from '../../../src/report/fonts/print-check';

const fields: TypedField[] = [
  { kind: 'organization', item: null, text: 'Centre Łódź – Ștefan & Şahin' },
  { kind: 'owner', item: 'Turn on multifactor authentication', text: 'Nguyễn Thị 🙂 Ольга 👍🏽' },
  { kind: 'note', item: 'Back up client files', text: 'Budget: 王芳 to confirm' },
  { kind: 'cycle', item: null, text: 'دورة 2026' },
];

describe('the pre-export check', () => {
  it('names the field and each character that no font can print', () => {
    const check = checkPrintable(fields, REPORT_FACES);
    expect(check.unprintable).toEqual([
      {
        kind: 'owner',
        item: 'Turn on multifactor authentication',
        characters: ['🙂', '👍', '🏽'],
      },
    ]);
    expect(printCheckPasses(check)).toBe(false);
  });

  it('warns about right-to-left text', () => {
    expect(checkPrintable(fields, REPORT_FACES).rightToLeft).toEqual([
      { kind: 'cycle', item: null },
    ]);
  });

  it('counts Chinese and Arabic as unprintable while their fonts could not be loaded', () => {
    const { unprintable } = checkPrintable(fields, EMBEDDED_FACES);
    expect(unprintable.map((problem) => problem.kind)).toEqual(['owner', 'note', 'cycle']);
    expect(unprintable[1]?.characters).toEqual(['王', '芳']);
  });

  it('passes Latin Extended, Vietnamese, Cyrillic and Greek names with the embedded fonts', () => {
    const check = checkPrintable(
      [{ kind: 'organization', item: null, text: 'Łucja Şahin Ștefan Nguyễn Ольга Ελένη' }],
      EMBEDDED_FACES,
    );
    expect(printCheckPasses(check)).toBe(true);
  });
});
