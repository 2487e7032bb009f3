// The common outer shape of Boussole files: what the file is, its format version, and a checksum of
// its content so an edited or damaged file is noticed.
import { canonicalJson, sha256Hex } from '../../engine/content-hash';
import { normalizedCanonicalJson } from '../../engine/normalized-json';
import { tooDeep } from '../../engine/nesting';
import { jsonPath } from '../../engine/prepare';
import { refuse, type Parsed } from './import-error';

export type FileKind =
  'boussole-response' | 'boussole-backup' | 'boussole-contribution' | 'boussole-benchmark';
const kinds: readonly string[] = [
  'boussole-response',
  'boussole-backup',
  'boussole-contribution',
  'boussole-benchmark',
];

/** Checksum of everything in the file but the checksum itself, over its canonical form (sorted keys,
 * NFC strings), so re-saving the file in an editor does not look like an edit. */
export function checksumOf(content: Record<string, unknown>): string {
  const { checksum: _ignored, ...rest } = content;
  return sha256Hex(normalizedCanonicalJson(rest));
}

/** Whether the file's checksum matches its content. Files written before the canonical form was
 * normalised carry a checksum of the plain canonical JSON: still accepted, so they keep importing. */
function checksumMatches(content: Record<string, unknown>): boolean {
  const { checksum, ...rest } = content;
  if (typeof checksum !== 'string') return false;
  const normalized = normalizedCanonicalJson(rest);
  if (sha256Hex(normalized) === checksum) return true;
  const plain = canonicalJson(rest);
  return plain !== normalized && sha256Hex(plain) === checksum;
}

export function seal<T extends Record<string, unknown>>(content: T): T & { checksum: string } {
  return { ...content, checksum: checksumOf(content) };
}

/** A short, safe rendering of a value from a file for a message (String() can throw on objects). */
function describe(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value).slice(0, 40);
  if (value === null || value === undefined) return String(value);
  return Array.isArray(value) ? 'array' : typeof value;
}

/** Checks kind, format version and checksum before the content is looked at in detail. */
export function openEnvelope(
  raw: unknown,
  expected: FileKind,
  supportedVersion: number,
): Parsed<Record<string, unknown>> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return refuse('not-boussole');
  const content = raw as Record<string, unknown>;
  const format = content.format;
  if (typeof format !== 'string' || !kinds.includes(format)) return refuse('not-boussole');
  if (format !== expected) return refuse('wrong-kind', { found: format, expected });
  const version = content.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse('unsupported-version', { version: describe(version) });
  }
  if (version > supportedVersion)
    return refuse('future-version', { version, supported: supportedVersion });
  // Checked before the checksum, whose canonical JSON would overflow the stack on "[[[[…". The path
  // names where the nesting starts; the full path would be dozens of "[0]".
  const deep = tooDeep(content);
  if (deep !== null)
    return refuse('invalid-structure', { path: jsonPath(deep.slice(0, 3)), problem: 'too-deep' });
  if (!checksumMatches(content)) return refuse('tampered');
  return { ok: true, value: content };
}
