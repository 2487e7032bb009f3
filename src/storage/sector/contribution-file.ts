// Contribution files: what an agency shares with a sector snapshot, sealed like every Boussole file
// (kind, format version, checksum), plus a revision so that a corrected file replaces the first
// wherever it is imported, whatever the order the files arrive in.
import {
  contributionSchema,
  readContribution,
  type Contribution,
  type DefinitionLookup,
} from '../../engine/sector-snapshot';
import { z } from 'zod/mini';
import { openEnvelope, openEnvelopeWith, seal } from '../transfer/envelope';
import type { Parsed } from '../transfer/import-error';
import { decodeText, parseJsonText } from '../transfer/read-file';
import type { SectorFileRefusal, SectorRead } from './sector-file-refusal';

export const CONTRIBUTION_FORMAT_VERSION = 1;
/** The largest contribution the schema allows (20 questionnaires of 100 dimensions) is ~200 KB. */
export const MAX_CONTRIBUTION_FILE_BYTES = 1024 * 1024;
export const MAX_REVISION = 1_000_000;

const revisionSchema = z.int().check(z.gte(1), z.lte(MAX_REVISION));

/** The whole file as written: the content with the envelope's fields around it. */
export const contributionFileSchema = z.extend(contributionSchema, {
  format: z.literal('boussole-contribution'),
  formatVersion: z.literal(CONTRIBUTION_FORMAT_VERSION),
  revision: revisionSchema,
  checksum: z.string(),
});
export type ContributionFile = z.infer<typeof contributionFileSchema>;

export function sealContribution(contribution: Contribution, revision: number): ContributionFile {
  return seal({
    format: 'boussole-contribution' as const,
    formatVersion: CONTRIBUTION_FORMAT_VERSION,
    revision,
    ...contribution,
  });
}

/** The text written to disk: indented, so a person can read what they share. */
export const contributionFileText = (file: ContributionFile): string =>
  `${JSON.stringify(file, null, 2)}\n`;

export interface ReadContribution {
  contribution: Contribution;
  revision: number;
}

const refuseWith = (refusal: SectorFileRefusal): { ok: false; refusal: SectorFileRefusal } => ({
  ok: false,
  refusal,
});

/** The content of an opened contribution file, checked. */
function readOpened(
  envelope: Parsed<Record<string, unknown>>,
  definitions?: DefinitionLookup,
): SectorRead<ReadContribution> {
  if (!envelope.ok) return refuseWith({ kind: 'file', error: envelope.error });
  const {
    format: _format,
    formatVersion: _version,
    revision,
    checksum: _checksum,
    ...content
  } = envelope.value;
  const parsedRevision = revisionSchema.safeParse(revision);
  if (!parsedRevision.success)
    return refuseWith({ kind: 'structure', path: '$.revision', tooDeep: false });
  const read = readContribution(content, definitions);
  if (read.ok)
    return { ok: true, value: { contribution: read.value, revision: parsedRevision.data } };
  const problems = [];
  for (const problem of read.problems) {
    if (problem.problem === 'invalid-structure')
      return refuseWith({ kind: 'structure', path: problem.path, tooDeep: problem.tooDeep });
    problems.push(problem);
  }
  return refuseWith({ kind: 'contribution', problems });
}

/** A parsed JSON value checked as a contribution file: envelope, then content and its checks. */
export function parseContributionFile(
  raw: unknown,
  definitions?: DefinitionLookup,
): SectorRead<ReadContribution> {
  return readOpened(
    openEnvelope(raw, 'boussole-contribution', CONTRIBUTION_FORMAT_VERSION),
    definitions,
  );
}

/** A contribution file's JSON, read from its bytes in bounded steps: size, encoding, JSON. */
function jsonOf(bytes: Uint8Array): SectorRead<unknown> {
  const text = decodeText(bytes, MAX_CONTRIBUTION_FILE_BYTES);
  if (!text.ok) return refuseWith({ kind: 'file', error: text.error });
  const json = parseJsonText(text.value);
  if (!json.ok) return refuseWith({ kind: 'file', error: json.error });
  return json;
}

/** A contribution file's bytes read in bounded steps: size, encoding, JSON, then as above. */
export function readContributionBytes(
  bytes: Uint8Array,
  definitions?: DefinitionLookup,
): SectorRead<ReadContribution> {
  const json = jsonOf(bytes);
  return json.ok ? parseContributionFile(json.value, definitions) : json;
}

/** The same, with the checksum hashed by `digest` (the import checks thousands of files, and the
 *  browser's own SHA-256 digests them while the next file is read). */
export async function readContributionBytesWith(
  bytes: Uint8Array,
  digest: (text: string) => Promise<string>,
  definitions?: DefinitionLookup,
): Promise<SectorRead<ReadContribution>> {
  const json = jsonOf(bytes);
  if (!json.ok) return json;
  const envelope = await openEnvelopeWith(
    json.value,
    'boussole-contribution',
    CONTRIBUTION_FORMAT_VERSION,
    digest,
  );
  return readOpened(envelope, definitions);
}
