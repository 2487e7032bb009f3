// The common outer shape of Boussole files: what the file is, its format version, and a checksum of
// its content so an edited or damaged file is noticed.
import { canonicalJson, sha256Hex } from '../../engine/content-hash';
import { normalizedCanonicalJson } from '../../engine/normalized-json';
import { tooDeep } from '../../engine/nesting';
import { nestsDeeperThan } from '../../engine/nesting-depth';
import { jsonPath } from '../../engine/prepare';
import { fileKinds, type FileKind } from '../../domain/import-error';
import { refuse, type Parsed } from './import-error';

export type { FileKind };
const kinds: readonly string[] = fileKinds;

/** Checksum of everything in the file but the checksum itself, over its canonical form (sorted keys,
 * NFC strings), so re-saving the file in an editor does not look like an edit. */
export function checksumOf(content: Record<string, unknown>): string {
  const { checksum: _ignored, ...rest } = content;
  return sha256Hex(normalizedCanonicalJson(rest));
}

/** The texts a file's checksum may be of, in turn: its canonical form, then, for files written before
 * the canonical form was normalised, the plain canonical JSON (still accepted, so they keep
 * importing) when it differs. */
function* checksummedForms(rest: Record<string, unknown>): Generator<string> {
  const normalized = normalizedCanonicalJson(rest);
  yield normalized;
  const plain = canonicalJson(rest);
  if (plain !== normalized) yield plain;
}

/** Whether the file's checksum matches its content. */
function checksumMatches(content: Record<string, unknown>): boolean {
  const { checksum, ...rest } = content;
  if (typeof checksum !== 'string') return false;
  for (const form of checksummedForms(rest)) if (sha256Hex(form) === checksum) return true;
  return false;
}

/** The same, hashing with `digest` (the browser's own SHA-256, for files read by the thousand). */
async function checksumMatchesWith(
  content: Record<string, unknown>,
  digest: (text: string) => Promise<string>,
): Promise<boolean> {
  const { checksum, ...rest } = content;
  if (typeof checksum !== 'string') return false;
  for (const form of checksummedForms(rest)) if ((await digest(form)) === checksum) return true;
  return false;
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

/** Checks kind, format version and nesting: everything but the checksum. */
function openEnvelopeBeforeChecksum(
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
  const deep = nestsDeeperThan(content) ? tooDeep(content) : null;
  if (deep !== null)
    return refuse('invalid-structure', { path: jsonPath(deep.slice(0, 3)), problem: 'too-deep' });
  return { ok: true, value: content };
}

/** Checks kind, format version and checksum before the content is looked at in detail. */
export function openEnvelope(
  raw: unknown,
  expected: FileKind,
  supportedVersion: number,
): Parsed<Record<string, unknown>> {
  const opened = openEnvelopeBeforeChecksum(raw, expected, supportedVersion);
  if (opened.ok && !checksumMatches(opened.value)) return refuse('tampered');
  return opened;
}

/** The same, hashing with `digest`. */
export async function openEnvelopeWith(
  raw: unknown,
  expected: FileKind,
  supportedVersion: number,
  digest: (text: string) => Promise<string>,
): Promise<Parsed<Record<string, unknown>>> {
  const opened = openEnvelopeBeforeChecksum(raw, expected, supportedVersion);
  if (opened.ok && !(await checksumMatchesWith(opened.value, digest))) return refuse('tampered');
  return opened;
}
