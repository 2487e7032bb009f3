import { describe, expect, it } from 'vitest';
import { FONT_STYLES } from '../../../src/report/fonts/font-style';
import { isWoff, woffToSfnt } from '../../../src/report/fonts/woff';
import { nodeFonts } from '../support/node-fonts';

/** The OpenType table checksum: the sum of the big-endian 32-bit words, zero-padded. */
function checksum(bytes: Uint8Array): number {
  const padded = new Uint8Array((bytes.length + 3) & ~3);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let at = 0; at < padded.length; at += 4) sum = (sum + view.getUint32(at)) >>> 0;
  return sum;
}

describe('unpacking the WOFF font', () => {
  const [latin] = nodeFonts();

  it.each(FONT_STYLES)(
    'gives a TrueType file whose %s tables match their recorded checksums',
    async (style) => {
      const woff = latin!.files[style];
      expect(isWoff(woff)).toBe(true);
      const sfnt = await woffToSfnt(woff);
      const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
      expect(view.getUint32(0)).toBe(0x00010000);
      const tables = view.getUint16(4);
      expect(tables).toBe(new DataView(woff.buffer, woff.byteOffset).getUint16(12));
      for (let index = 0; index < tables; index++) {
        const entry = 12 + index * 16;
        const tag = String.fromCharCode(...sfnt.subarray(entry, entry + 4));
        const offset = view.getUint32(entry + 8);
        const length = view.getUint32(entry + 12);
        const table = sfnt.subarray(offset, offset + length);
        // The head table's checksum is computed with its checkSumAdjustment field set to zero.
        if (tag === 'head') table.fill(0, 8, 12);
        expect(checksum(table), tag).toBe(view.getUint32(entry + 4));
      }
    },
  );

  it('leaves a font that is not WOFF as it is', async () => {
    const plain = new Uint8Array([0, 1, 0, 0, 0, 0]);
    expect(await woffToSfnt(plain)).toBe(plain);
  });
});
