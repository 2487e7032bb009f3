// Field shapes shared by the stored records: ids, versions, dates, hashes and short texts.
import { z } from 'zod/mini';
import { MAX_ID_LENGTH, MAX_NAME_LENGTH, MAX_SHORT_TEXT_LENGTH } from './limits';
import { revisionSchema } from './revision-schema';

export const isoDate = z.iso.datetime({ offset: true });
export const shortText = z.string().check(z.trim(), z.maxLength(MAX_SHORT_TEXT_LENGTH));
export const id = z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH));
export const version = z.string().check(z.regex(/^\d+\.\d+\.\d+$/));
/** A SHA-256 content hash, as questionnaire versions are identified by. */
export const hash = z.string().check(z.regex(/^[0-9a-f]{64}$/));
/** A name a person types (organization, cycle, respondent): required, trimmed. */
export const name = z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_NAME_LENGTH));
/** Which writes a record has seen (storage/revision.ts). Absent on records from format-1 files. */
export const revision = z.optional(revisionSchema);
