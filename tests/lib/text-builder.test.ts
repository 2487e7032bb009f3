import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextBuilder } from '../../src/lib/text-builder';

describe('the text builder', () => {
  it('gives exactly the pieces joined, lone surrogates and all, past its first capacity', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ unit: 'binary-ascii' }).map((s) => s),
          { maxLength: 30 },
        ),
        fc.string({ unit: 'binary' }),
        (pieces, text) => {
          const built = new TextBuilder(1);
          for (const piece of pieces) built.copy(piece);
          built.copy(text, 1, Math.max(1, text.length - 1)).unit(0xd800);
          expect(built.toString()).toBe(
            `${pieces.join('')}${text.slice(1, Math.max(1, text.length - 1))}\ud800`,
          );
        },
      ),
    );
  });

  it('builds a text longer than one conversion chunk', () => {
    const long = 'é👩🏽‍💻'.repeat(5000);
    expect(new TextBuilder().copy(long).toString()).toBe(long);
  });
});
