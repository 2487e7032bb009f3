// Reads an imported file as JSON, refusing what is too large, empty, binary, in another text encoding,
// cut short or not JSON.
import { hasDuplicateMemberName } from './duplicate-names';
import { refuse, type Parsed } from './import-error';

/** A response file is a few hundred KB at most; a backup of ten years of team assessments ~20 MB. */
export const MAX_RESPONSE_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_BACKUP_FILE_BYTES = 64 * 1024 * 1024;

export function parseJsonText(raw: string): Parsed<unknown> {
  if (raw.trim() === '') return refuse('empty');
  // A byte-order mark some editors add is not part of the JSON.
  const text = raw.replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // A file cut off in transfer ends inside a value: JSON.parse reports an unexpected end.
    const message = error instanceof Error ? error.message : String(error);
    return /end of (JSON|data)|Unterminated|Unexpected end/i.test(message)
      ? refuse('truncated')
      : refuse('not-json', { reason: message });
  }
  return hasDuplicateMemberName(text) ? refuse('duplicate-names') : { ok: true, value };
}

/** UTF-8 unless a byte-order mark says UTF-16 (Windows Notepad's "Unicode"). */
function encodingOf(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/**
 * Whether bytes without a byte-order mark look like UTF-16 text: in text mostly made of Latin letters,
 * every other byte is zero. Such a file is text Boussole does not read, not a binary file.
 */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let even = 0;
  let odd = 0;
  for (let at = 0; at < sample.length; at++) {
    if (sample[at] === 0) {
      if (at % 2 === 0) even++;
      else odd++;
    }
  }
  const half = sample.length / 2;
  return Math.max(even, odd) > half * 0.6 && Math.min(even, odd) < half * 0.05;
}

/** Whether bytes hold control characters no text file has (a picture, a PDF, a spreadsheet). */
function hasBinaryBytes(bytes: Uint8Array): boolean {
  for (const byte of bytes.subarray(0, 65536)) {
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) return true;
  }
  return false;
}

/**
 * Decodes bytes as text (UTF-8, or UTF-16 with its byte-order mark), refusing binary content, and
 * telling text saved in another encoding (UTF-16 without a mark, Windows-1252) from a file that is
 * not text at all, since the first is fixed by saving it again as UTF-8.
 */
export function decodeText(bytes: Uint8Array, maxBytes: number): Parsed<string> {
  if (bytes.byteLength > maxBytes) {
    return refuse('too-large', { size: bytes.byteLength, limit: maxBytes });
  }
  if (bytes.byteLength === 0) return refuse('empty');
  const encoding = encodingOf(bytes);
  if (encoding === 'utf-8' && looksLikeUtf16(bytes)) {
    return refuse('other-encoding', { encoding: 'utf-16 without byte-order mark' });
  }
  try {
    // The decoder drops the byte-order mark.
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    // eslint-disable-next-line no-control-regex -- control characters mean this is not a text file
    if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) return refuse('not-text');
    return { ok: true, value: text.replace(/^\uFEFF/, '') };
  } catch {
    return hasBinaryBytes(bytes)
      ? refuse('not-text')
      : refuse('other-encoding', { encoding: `not valid ${encoding}` });
  }
}

export async function readFileJson(file: Blob, maxBytes: number): Promise<Parsed<unknown>> {
  if (file.size > maxBytes) return refuse('too-large', { size: file.size, limit: maxBytes });
  const text = decodeText(new Uint8Array(await file.arrayBuffer()), maxBytes);
  return text.ok ? parseJsonText(text.value) : text;
}
