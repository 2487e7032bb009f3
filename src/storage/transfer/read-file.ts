// Reads an imported file as JSON, refusing what is too large, empty, binary, cut short or not JSON.
import { hasDuplicateMemberName } from './duplicate-names';
import { refuse, type Parsed } from './import-error';

/** A response file is a few hundred KB at most; a backup of ten years of team assessments ~20 MB. */
export const MAX_RESPONSE_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_BACKUP_FILE_BYTES = 64 * 1024 * 1024;

export function parseJsonText(text: string): Parsed<unknown> {
  if (text.trim() === '') return refuse('empty');
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

/** Decodes bytes as UTF-8 text, refusing binary content. */
export function decodeText(bytes: Uint8Array, maxBytes: number): Parsed<string> {
  if (bytes.byteLength > maxBytes) {
    return refuse('too-large', { size: bytes.byteLength, limit: maxBytes });
  }
  if (bytes.byteLength === 0) return refuse('empty');
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
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
