import { describe, expect, it } from 'vitest';
import { fontSafe, fontSafeText } from '../../../src/report/pdf/font-safe-text';

describe('text for the embedded font', () => {
  it('writes a no-break space where French typography puts a narrow one', () => {
    expect(fontSafeText('Prêts\u202f? Oui\u202f! 83\u202f%')).toBe(
      'Prêts\u00a0? Oui\u00a0! 83\u00a0%',
    );
  });

  it('reaches every string of a content tree and leaves the rest alone', () => {
    const layout = (): number => 1;
    const tree = { stack: [{ text: 'a\u202f;' }, 'b\u202f!'], margin: [1, 2], layout };
    expect(fontSafe(tree)).toEqual({
      stack: [{ text: 'a\u00a0;' }, 'b\u00a0!'],
      margin: [1, 2],
      layout,
    });
  });
});
