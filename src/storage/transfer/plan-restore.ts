// What restoring a backup would do to each record, decided by causality (revision.ts), never by
// clocks. Pure: the records of the device and of the file in, a plan out, so it runs the same in a
// worker, on the page and in tests.
//
// Merge, per record: not on this device → added; same content → unchanged; the file's copy has seen
// every write this device's has → the file's is newer, taken; the other way round → this device's is
// newer, kept; anything else (both changed since they last shared a copy, a copy without a revision,
// or equal revisions that disagree) → a conflict the person decides. Answers are also removed when
// the file's device cleared them after it had this device's copy (its response's revision says so),
// and not brought back when this device cleared them after it had the file's.
// Replace: the file's records take the place of everything on this device.
import { compareRevisions, joinRevisions, includes, type Causality } from '../revision-order';
import {
  differingFields,
  emptyRecordSet,
  recordKey,
  recordKinds,
  sameContent,
  sameValue,
  takeFileCopy,
  type AnyRecord,
  type RecordKind,
  type RecordOf,
  type RecordSet,
} from './record-kinds';

export type RestoreMode = 'merge' | 'replace';

export interface KindCounts {
  /** Not on this device before. */
  added: number;
  /** The file's copy is newer and replaces this device's. */
  updated: number;
  /** Both copies say the same. */
  unchanged: number;
  /** This device's copy is newer and stays. */
  kept: number;
  /** Changed on both sides, or not known which is newer: the person chooses. */
  conflicts: number;
  /** Removed from this device. */
  removed: number;
}

export type RestoreCounts = Record<RecordKind, KindCounts>;

export interface Conflict<K extends RecordKind = RecordKind> {
  /** Unique among a plan's conflicts; choices name conflicts by it. */
  id: string;
  kind: K;
  device: RecordOf[K];
  file: RecordOf[K];
  /** The fields the copies differ in (record-kinds.ts `differingFields`). */
  fields: string[];
}

export interface RestorePlan {
  mode: RestoreMode;
  counts: RestoreCounts;
  conflicts: Conflict[];
  /** Replace only: copies on this device that are newer than the file's, or may be. */
  discardsNewer: number;
  /** Written whatever is chosen for the conflicts (for a replace, everything in the file). */
  puts: RecordSet;
  /** Merge only: answers to remove, as [response id, question id]. */
  removedAnswers: [string, string][];
}

export type Choice = 'device' | 'file';
export interface Choices {
  /** For every conflict not chosen one by one. */
  all: Choice;
  /** By conflict id. */
  records: Readonly<Record<string, Choice>>;
}
/** The default: every conflict keeps this device's copy. */
export const keepThisDevice: Choices = { all: 'device', records: {} };

const zero = (): KindCounts => ({
  added: 0,
  updated: 0,
  unchanged: 0,
  kept: 0,
  conflicts: 0,
  removed: 0,
});
export const emptyCounts = (): RestoreCounts => ({
  profile: zero(),
  cycles: zero(),
  responses: zero(),
  answers: zero(),
  roadmapEdits: zero(),
  clientChecks: zero(),
});

const sameRevision = (a: AnyRecord, b: AnyRecord) => sameValue(a.revision, b.revision);

/** `record` with a revision that has seen `other`'s writes too. */
function joined<T extends AnyRecord>(record: T, other: AnyRecord | undefined): T {
  const revision = joinRevisions(record.revision, other?.revision);
  if (revision === undefined) return record;
  return { ...record, revision };
}

const indexBy = <K extends RecordKind>(kind: K, records: readonly RecordOf[K][]) =>
  new Map(records.map((record) => [recordKey[kind](record), record]));

/** True when `holder` (a response's copy) had seen the answer `answer` when it was written. */
function responseHadSeen(
  holder: RecordOf['responses'] | undefined,
  answer: RecordOf['answers'],
): boolean {
  const seen = holder?.revision?.vector;
  const written = answer.revision?.vector;
  return seen !== undefined && written !== undefined && includes(seen, written);
}

export function planRestore(file: RecordSet, device: RecordSet, mode: RestoreMode): RestorePlan {
  const plan: RestorePlan = {
    mode,
    counts: emptyCounts(),
    conflicts: [],
    discardsNewer: 0,
    puts: emptyRecordSet(),
    removedAnswers: [],
  };
  const deviceResponses = indexBy('responses', device.responses);
  const fileResponses = indexBy('responses', file.responses);
  for (const kind of recordKinds) planKind(kind, file, device, plan, deviceResponses);
  if (mode === 'merge') {
    const inFile = new Set(file.answers.map(recordKey.answers));
    for (const answer of device.answers) {
      if (inFile.has(recordKey.answers(answer))) continue;
      // Only an answer the file's device had seen and then cleared is removed; one it never had stays.
      if (responseHadSeen(fileResponses.get(answer.responseId), answer)) {
        plan.counts.answers.removed += 1;
        plan.removedAnswers.push([answer.responseId, answer.questionId]);
      }
    }
  }
  return plan;
}

// K ties the kind to its records' type.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
function planKind<K extends RecordKind>(
  kind: K,
  file: RecordSet,
  device: RecordSet,
  plan: RestorePlan,
  deviceResponses: Map<string, RecordOf['responses']>,
): void {
  const counts = plan.counts[kind];
  const puts = plan.puts[kind] as RecordOf[K][];
  const mine = indexBy(kind, device[kind] as RecordOf[K][]);
  for (const theirs of file[kind] as RecordOf[K][]) {
    const key = recordKey[kind](theirs);
    const ours = mine.get(key);
    if (ours === undefined) {
      const clearedHere =
        kind === 'answers' &&
        plan.mode === 'merge' &&
        responseHadSeen(
          deviceResponses.get((theirs as RecordOf['answers']).responseId),
          theirs as RecordOf['answers'],
        );
      if (clearedHere) counts.kept += 1;
      else {
        counts.added += 1;
        puts.push(theirs);
      }
      continue;
    }
    const causality = compareRevisions(ours.revision, theirs.revision);
    if (sameContent(kind, ours, theirs)) {
      counts.unchanged += 1;
      // Same content, different histories: remember both, so the next merge knows.
      if (plan.mode === 'replace') puts.push(joined(takeFileCopy(kind, theirs, ours), ours));
      else {
        const known = joined(ours, theirs);
        if (!sameRevision(known, ours)) puts.push(known);
      }
      continue;
    }
    if (plan.mode === 'replace') {
      counts.updated += 1;
      if (causality !== 'file-newer') plan.discardsNewer += 1;
      puts.push(joined(takeFileCopy(kind, theirs, ours), ours));
      continue;
    }
    decideMerge(kind, key, causality, ours, theirs, plan);
  }
  if (plan.mode === 'replace') {
    const inFile = new Set((file[kind] as RecordOf[K][]).map(recordKey[kind]));
    counts.removed = [...mine.keys()].filter((key) => !inFile.has(key)).length;
  }
}

function decideMerge<K extends RecordKind>(
  kind: K,
  key: string,
  causality: Causality,
  ours: RecordOf[K],
  theirs: RecordOf[K],
  plan: RestorePlan,
): void {
  const counts = plan.counts[kind];
  switch (causality) {
    case 'file-newer':
      counts.updated += 1;
      (plan.puts[kind] as RecordOf[K][]).push(joined(takeFileCopy(kind, theirs, ours), ours));
      return;
    case 'device-newer':
      counts.kept += 1;
      return;
    case 'same':
    case 'concurrent':
    case 'unknown':
      counts.conflicts += 1;
      plan.conflicts.push({
        id: `${kind} ${key}`,
        kind,
        device: ours,
        file: theirs,
        fields: differingFields(kind, ours, theirs),
      });
  }
}

/** The copy a choice keeps, with a revision that has seen both, so the next merge knows. */
export function resolvedCopy(conflict: Conflict, choice: Choice): AnyRecord {
  return choice === 'file'
    ? joined(takeFileCopy(conflict.kind, conflict.file, conflict.device), conflict.device)
    : joined(conflict.device, conflict.file);
}

export const choiceFor = (choices: Choices, conflict: Conflict): Choice =>
  choices.records[conflict.id] ?? choices.all;

/** What a restore writes, by kind, once the conflicts are decided. */
export interface RestoreSummary {
  written: Record<RecordKind, { added: number; updated: number; removed: number }>;
  /** Conflicts decided for the file's copy, and for this device's. */
  conflictsTaken: number;
  conflictsKept: number;
}

/** The records to write: the plan's, and each conflict's chosen copy. */
export function resolvePlan(
  plan: RestorePlan,
  choices: Choices,
): { puts: RecordSet; summary: RestoreSummary } {
  // Copies, not spreads into push: a backup can hold hundreds of thousands of records, more than a
  // call's arguments may.
  const puts: RecordSet = {
    profile: [...plan.puts.profile],
    cycles: [...plan.puts.cycles],
    responses: [...plan.puts.responses],
    answers: [...plan.puts.answers],
    roadmapEdits: [...plan.puts.roadmapEdits],
    clientChecks: [...plan.puts.clientChecks],
  };
  const summary: RestoreSummary = {
    written: {
      profile: { added: 0, updated: 0, removed: 0 },
      cycles: { added: 0, updated: 0, removed: 0 },
      responses: { added: 0, updated: 0, removed: 0 },
      answers: { added: 0, updated: 0, removed: 0 },
      roadmapEdits: { added: 0, updated: 0, removed: 0 },
      clientChecks: { added: 0, updated: 0, removed: 0 },
    },
    conflictsTaken: 0,
    conflictsKept: 0,
  };
  for (const kind of recordKinds) {
    const { added, updated, removed } = plan.counts[kind];
    summary.written[kind] = { added, updated, removed };
  }
  for (const conflict of plan.conflicts) {
    const choice = choiceFor(choices, conflict);
    if (choice === 'file') {
      summary.conflictsTaken += 1;
      summary.written[conflict.kind].updated += 1;
    } else summary.conflictsKept += 1;
    (puts[conflict.kind] as AnyRecord[]).push(resolvedCopy(conflict, choice));
  }
  return { puts, summary };
}
