// Reads an imported file as JSON, refusing what is too large, empty, binary, cut short or not JSON.
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

/** Decodes bytes as text (UTF-8, or UTF-16 with its byte-order mark), refusing binary content. */
export function decodeText(bytes: Uint8Array, maxBytes: number): Parsed<string> {
  if (bytes.byteLength > maxBytes) {
    return refuse('too-large', { size: bytes.byteLength, limit: maxBytes });
  }
  if (bytes.byteLength === 0) return refuse('empty');
  try {
    // The decoder drops the byte-order mark.
    const text = new TextDecoder(encodingOf(bytes), { fatal: true }).decode(bytes);
    // eslint-disable-next-line no-control-regex -- control characters mean this is not a text file
    if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) return refuse('not-text');
    return { ok: true, value: text.replace(/^\uFEFF/, '') };
  } catch {
    return refuse('not-text');
  }
}

export async function readFileJson(file: Blob, maxBytes: number): Promise<Parsed<unknown>> {
  if (file.size > maxBytes) return refuse('too-large', { size: file.size, limit: maxBytes });
  const text = decodeText(new Uint8Array(await file.arrayBuffer()), maxBytes);
  return text.ok ? parseJsonText(text.value) : text;
}
