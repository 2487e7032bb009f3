// The kinds of record a backup holds, and for each: its key, what counts as its content when two
// copies are compared, and which fields stay this device's own. Time stamps are not content: two
// copies that say the same thing are the same, whenever each was saved.
import type { AnswerRecord } from '../../domain/answer-record';
import type { Cycle } from '../../domain/cycle';
import type { OrganizationProfile } from '../../domain/profile';
import type { Response } from '../../domain/response';
import type { RoadmapEdit } from '../../domain/roadmap-edit';
import type { ClientCheckRecord } from '../../domain/client-check-record';
import type { OwnActionRecord } from '../../domain/own-action';
import type { Revision } from '../revision';

export const recordKinds = [
  'profile',
  'cycles',
  'responses',
  'answers',
  'roadmapEdits',
  'ownActions',
  'clientChecks',
] as const;
export type RecordKind = (typeof recordKinds)[number];

export interface RecordOf {
  profile: OrganizationProfile;
  cycles: Cycle;
  responses: Response;
  answers: AnswerRecord;
  roadmapEdits: RoadmapEdit;
  ownActions: OwnActionRecord;
  /** Anonymous client skills checks (client-check-records.ts). */
  clientChecks: ClientCheckRecord;
}
export type AnyRecord = RecordOf[RecordKind];

/** Every record of each kind: a device's database or a backup's content. */
export type RecordSet = { [K in RecordKind]: RecordOf[K][] };

export const emptyRecordSet = (): RecordSet => ({
  profile: [],
  cycles: [],
  responses: [],
  answers: [],
  roadmapEdits: [],
  ownActions: [],
  clientChecks: [],
});

/** Keys are JSON arrays, so no id, whatever characters it holds, can be mistaken for another. */
export const answerKey = (responseId: string, questionId: string): string =>
  JSON.stringify([responseId, questionId]);

export const recordKey: { [K in RecordKind]: (record: RecordOf[K]) => string } = {
  profile: (profile) => profile.id,
  cycles: (cycle) => cycle.id,
  responses: (response) => response.id,
  answers: (answer) => answerKey(answer.responseId, answer.questionId),
  roadmapEdits: (edit) => JSON.stringify([edit.cycleId, edit.itemKey]),
  ownActions: (action) => JSON.stringify([action.cycleId, action.id]),
  clientChecks: (check) => check.id,
};

type Fields = Record<string, unknown>;

/**
 * What a copy says, field by field, for comparing copies. Left out: the revision, time stamps of the
 * last save, and what is this device's own (the page a respondent was last on; whether a response
 * was started here or imported). "Submitted" and "closed" count, not when.
 */
const contentFields: { [K in RecordKind]: (record: RecordOf[K]) => Fields } = {
  profile: ({ updatedAt: _u, revision: _r, ...fields }) => fields,
  cycles: ({ updatedAt: _u, revision: _r, closedAt, ...fields }) => ({
    ...fields,
    closed: closedAt !== undefined,
  }),
  responses: ({
    updatedAt: _u,
    revision: _r,
    lastPage: _p,
    origin: _o,
    submittedAt,
    ...fields
  }) => ({ ...fields, submitted: submittedAt !== undefined }),
  answers: ({ answeredAt: _a, revision: _r, value, special, note, ...fields }) => ({
    ...fields,
    answer: { special, value },
    note,
  }),
  // Every decision counts: status, owner, date, note, the horizon pin, the cost estimate, the
  // funding source and where a carried decision came from.
  roadmapEdits: ({ updatedAt: _u, revision: _r, ...fields }) => fields,
  // When an own action was first added orders the list; it is content like its title.
  ownActions: ({ updatedAt: _u, revision: _r, ...fields }) => fields,
  // A check has no time stamp: its month is what it says, not when it was saved.
  clientChecks: ({ revision: _r, ...fields }) => fields,
};

export function contentOf<K extends RecordKind>(kind: K, record: RecordOf[K]): Fields {
  return contentFields[kind](record);
}

/**
 * Whether two JSON-like values say the same, a member set to undefined counting as absent (as in a
 * file). Compares in place rather than building text: a backup can hold hundreds of thousands of
 * records.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = (record: Record<string, unknown>) =>
    Object.keys(record).filter((key) => record[key] !== undefined);
  const leftKeys = keys(left);
  return (
    leftKeys.length === keys(right).length &&
    leftKeys.every((key) => Object.hasOwn(right, key) && sameValue(left[key], right[key]))
  );
}

/** Whether two copies say the same (contentOf), whenever and wherever each was saved. */
export function sameContent<K extends RecordKind>(
  kind: K,
  a: RecordOf[K],
  b: RecordOf[K],
): boolean {
  return sameValue(contentOf(kind, a), contentOf(kind, b));
}

/** The fields in which two copies differ, in a stable order (empty when they say the same). */
export function differingFields<K extends RecordKind>(
  kind: K,
  device: RecordOf[K],
  file: RecordOf[K],
): string[] {
  const mine = contentOf(kind, device);
  const theirs = contentOf(kind, file);
  return [...new Set([...Object.keys(mine), ...Object.keys(theirs)])]
    .filter((field) => !sameValue(mine[field], theirs[field]))
    .sort();
}

export const revisionOf = (record: AnyRecord): Revision | undefined => record.revision;

/** When a copy was last saved, as its device's clock said: for display only, never for deciding. */
export function lastChanged(record: AnyRecord): string | undefined {
  if ('answeredAt' in record) return record.answeredAt;
  // A client check keeps no time of day, by design: its month is content, not a save time.
  return 'updatedAt' in record ? record.updatedAt : undefined;
}

/**
 * The file's copy as this device stores it: the fields that are this device's own stay as they are
 * here (where the respondent was, where the response came from).
 */
export function takeFileCopy<K extends RecordKind>(
  kind: K,
  file: RecordOf[K],
  device: RecordOf[K] | undefined,
): RecordOf[K] {
  if (kind !== 'responses' || device === undefined) return file;
  const mine = device as Response;
  const { lastPage: _p, ...theirs } = file as Response;
  const taken: Response = { ...theirs, origin: mine.origin };
  if (mine.lastPage !== undefined) taken.lastPage = mine.lastPage;
  return taken as RecordOf[K];
}
