// Builds a long string out of many small pieces in linear time. Appending a million short strings
// with `+=` (or joining them) costs hundreds of milliseconds; writing UTF-16 code units into a
// buffer and converting it in chunks costs a few.

const CHUNK = 8192;

export class TextBuilder {
  private units: Uint16Array;
  private length = 0;

  constructor(capacity = 64) {
    this.units = new Uint16Array(Math.max(16, capacity));
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.units.length) return;
    const grown = new Uint16Array(Math.max(this.units.length * 2, this.length + extra));
    grown.set(this.units.subarray(0, this.length));
    this.units = grown;
  }

  /** Appends `text[from..to)` code unit by code unit (lone surrogates survive). */
  copy(text: string, from = 0, to = text.length): this {
    this.reserve(to - from);
    for (let index = from; index < to; index++) this.units[this.length++] = text.charCodeAt(index);
    return this;
  }

  /** Appends one UTF-16 code unit. */
  unit(code: number): this {
    this.reserve(1);
    this.units[this.length++] = code;
    return this;
  }

  toString(): string {
    const chunks: string[] = [];
    for (let start = 0; start < this.length; start += CHUNK) {
      const end = Math.min(this.length, start + CHUNK);
      // apply takes the typed array as it is; spreading it is several times slower.
      chunks.push(
        String.fromCharCode.apply(null, this.units.subarray(start, end) as unknown as number[]),
      );
    }
    return chunks.join('');
  }
}
