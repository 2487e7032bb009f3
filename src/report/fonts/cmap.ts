// The code points a font has glyphs for, read from its sfnt `cmap` table (formats 4 and 12, the ones
// Noto fonts carry). Used to record each report font's true coverage (font-coverage.json): the
// unicode-range a font package declares for a subset is wider than the glyphs the subset holds.
// Layout: https://learn.microsoft.com/typography/opentype/spec/cmap
import { woffToSfnt } from './woff';

/** Inclusive code point ranges, sorted and merged. */
export type CodePointRanges = [number, number][];

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function tableOffset(font: DataView, tag: string): number | undefined {
  const tables = font.getUint16(4);
  for (let index = 0; index < tables; index++) {
    const at = 12 + index * 16;
    const name = String.fromCharCode(
      font.getUint8(at),
      font.getUint8(at + 1),
      font.getUint8(at + 2),
      font.getUint8(at + 3),
    );
    if (name === tag) return font.getUint32(at + 8);
  }
  return undefined;
}

function format4(font: DataView, at: number, into: Set<number>): void {
  const segments = font.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let segment = 0; segment < segments; segment++) {
    const end = font.getUint16(ends + segment * 2);
    const start = font.getUint16(starts + segment * 2);
    const delta = font.getInt16(deltas + segment * 2);
    const offsetAt = rangeOffsets + segment * 2;
    const rangeOffset = font.getUint16(offsetAt);
    for (let code = start; code <= end && code !== 0xffff; code++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
      else {
        const glyphAt = offsetAt + rangeOffset + (code - start) * 2;
        glyph = font.getUint16(glyphAt);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) into.add(code);
    }
  }
}

function format12(font: DataView, at: number, into: Set<number>): void {
  const groups = font.getUint32(at + 12);
  for (let group = 0; group < groups; group++) {
    const groupAt = at + 16 + group * 12;
    const start = font.getUint32(groupAt);
    const end = font.getUint32(groupAt + 4);
    const firstGlyph = font.getUint32(groupAt + 8);
    for (let code = start; code <= end; code++) {
      if (firstGlyph + (code - start) !== 0) into.add(code);
    }
  }
}

/** Sorted code points as merged inclusive ranges. */
export function toRanges(codePoints: Iterable<number>): CodePointRanges {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const ranges: CodePointRanges = [];
  for (const code of sorted) {
    const last = ranges[ranges.length - 1];
    if (last !== undefined && last[1] === code - 1) last[1] = code;
    else ranges.push([code, code]);
  }
  return ranges;
}

/** Every code point the font (WOFF or sfnt) maps to a glyph. */
export async function fontCodePoints(fontFile: Uint8Array): Promise<CodePointRanges> {
  const font = view(await woffToSfnt(fontFile));
  const cmap = tableOffset(font, 'cmap');
  if (cmap === undefined) return [];
  const codes = new Set<number>();
  const subtables = font.getUint16(cmap + 2);
  for (let index = 0; index < subtables; index++) {
    const platform = font.getUint16(cmap + 4 + index * 8);
    const encoding = font.getUint16(cmap + 6 + index * 8);
    const at = cmap + font.getUint32(cmap + 8 + index * 8);
    // Unicode subtables only: platform 0, or Windows (3) with BMP (1) or full (10) encoding.
    if (platform !== 0 && !(platform === 3 && (encoding === 1 || encoding === 10))) continue;
    const format = font.getUint16(at);
    if (format === 4) format4(font, at, codes);
    else if (format === 12) format12(font, at, codes);
  }
  return toRanges(codes);
}
