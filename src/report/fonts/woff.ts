// Unpacks a WOFF 1.0 font into the plain TrueType/OpenType (sfnt) file it wraps. The PDF library reads
// WOFF too, but inflates a whole compressed table again for every glyph it looks up, which made a long
// report several times slower; unpacking once with the platform's DecompressionStream avoids that.
// Layout: https://www.w3.org/TR/WOFF/ (header 44 bytes, then 20-byte table entries).

const WOFF_SIGNATURE = 0x774f4646; // "wOFF"
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

interface TableEntry {
  tag: number;
  offset: number;
  compressedLength: number;
  length: number;
  checksum: number;
}

export function isWoff(font: Uint8Array): boolean {
  return font.byteLength >= WOFF_HEADER && view(font).getUint32(0) === WOFF_SIGNATURE;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** zlib-inflates one table with the platform's DecompressionStream (browsers and Node 18+). */
async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data.slice()]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const padded = (length: number): number => (length + 3) & ~3;

/** The sfnt inside a WOFF file; anything that is not WOFF is returned as it is. */
export async function woffToSfnt(font: Uint8Array): Promise<Uint8Array> {
  if (!isWoff(font)) return font;
  const input = view(font);
  const flavor = input.getUint32(4);
  const tableCount = input.getUint16(12);
  const entries: TableEntry[] = [];
  for (let index = 0; index < tableCount; index++) {
    const at = WOFF_HEADER + index * WOFF_ENTRY;
    entries.push({
      tag: input.getUint32(at),
      offset: input.getUint32(at + 4),
      compressedLength: input.getUint32(at + 8),
      length: input.getUint32(at + 12),
      checksum: input.getUint32(at + 16),
    });
  }
  const tables = await Promise.all(
    entries.map((entry) => {
      const stored = font.subarray(entry.offset, entry.offset + entry.compressedLength);
      return entry.compressedLength < entry.length ? inflate(stored) : Promise.resolve(stored);
    }),
  );

  const directoryEnd = SFNT_HEADER + tableCount * SFNT_ENTRY;
  const total = entries.reduce((size, entry) => size + padded(entry.length), directoryEnd);
  const output = new Uint8Array(total);
  const out = view(output);
  const power = 2 ** Math.floor(Math.log2(tableCount));
  out.setUint32(0, flavor);
  out.setUint16(4, tableCount);
  out.setUint16(6, power * 16);
  out.setUint16(8, Math.log2(power));
  out.setUint16(10, tableCount * 16 - power * 16);
  let offset = directoryEnd;
  entries.forEach((entry, index) => {
    const table = tables[index] ?? new Uint8Array(0);
    if (table.byteLength !== entry.length) {
      throw new Error(
        `WOFF table ${index} unpacked to ${table.byteLength} bytes, not ${entry.length}`,
      );
    }
    const at = SFNT_HEADER + index * SFNT_ENTRY;
    out.setUint32(at, entry.tag);
    out.setUint32(at + 4, entry.checksum);
    out.setUint32(at + 8, offset);
    out.setUint32(at + 12, entry.length);
    output.set(table, offset);
    offset += padded(entry.length);
  });
  return output;
}
