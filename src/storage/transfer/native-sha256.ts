// SHA-256 by the browser (Web Crypto), for files checked by the thousand: native code, run off the
// thread that asks, so many digests proceed while that thread goes on. Where Web Crypto is missing (a
// page served over plain http from another machine is not a secure context) the engine's own SHA-256
// gives the same digest.
import { sha256Hex } from '../../engine/content-hash';

const encoder = new TextEncoder();
const hexDigits = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** SHA-256 of a string's UTF-8 bytes, as 64 lowercase hex digits (as `sha256Hex`). */
export async function nativeSha256Hex(text: string): Promise<string> {
  const subtle =
    typeof crypto === 'object' ? (crypto.subtle as SubtleCrypto | undefined) : undefined;
  if (subtle === undefined) return sha256Hex(text);
  const digest = new Uint8Array(await subtle.digest('SHA-256', encoder.encode(text)));
  let hex = '';
  for (const byte of digest) hex += hexDigits[byte] ?? '';
  return hex;
}
