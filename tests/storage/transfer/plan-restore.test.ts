// Properties of the merge plan, on simulated histories: two devices share a copy, each makes its own
// changes, then one restores the other's backup.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerRecord } from '../../../src/domain/answer-record';
import type { Cycle } from '../../../src/domain/cycle';
import type { Response } from '../../../src/domain/response';
import { bump } from '../../../src/storage/revision';
import { compareRevisions, includes } from '../../../src/storage/revision-order';
import {
  keepThisDevice,
  planRestore,
  resolvePlan,
  type Choices,
} from '../../../src/storage/transfer/plan-restore';
import {
  answerKey,
  contentOf,
  emptyRecordSet,
  recordKey,
  recordKinds,
  type AnyRecord,
  type RecordKind,
  type RecordSet,
} from '../../../src/storage/transfer/record-kinds';

const DEVICE = 'dddddddddddddddd';
const FILE = 'ffffffffffffffff';
const ORIGIN = '0000000000000000';
const QUESTIONS = ['q1', 'q2', 'q3', 'q4'];
const stamp = '2026-03-01T12:00:00.000Z';

type Operation =
  | { kind: 'answer'; question: string; value: string }
  | { kind: 'clear'; question: string }
  | { kind: 'rename-respondent'; name: string }
  | { kind: 'rename-cycle'; name: string };

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({
    kind: fc.constant('answer' as const),
    question: fc.constantFrom(...QUESTIONS),
    value: fc.constantFrom('yes', 'partly', 'no'),
  }),
  fc.record({ kind: fc.constant('clear' as const), question: fc.constantFrom(...QUESTIONS) }),
  fc.record({
    kind: fc.constant('rename-respondent' as const),
    name: fc.constantFrom('Directrice', 'Direction'),
  }),
  fc.record({
    kind: fc.constant('rename-cycle' as const),
    name: fc.constantFrom('2026', 'Autoévaluation 2026'),
  }),
);

/** What both devices shared: a cycle and one response, written by a third device. */
function sharedCopy(answered: readonly string[]): RecordSet {
  const cycle: Cycle = {
    id: 'cycle',
    name: '2026',
    createdAt: stamp,
    updatedAt: stamp,
    questionnaires: [{ id: 'cybersecurity-baseline', version: '1.0.0' }],
    targets: {},
    revision: bump(undefined, ORIGIN),
  };
  let response: Response = {
    id: 'response',
    cycleId: 'cycle',
    questionnaireId: 'cybersecurity-baseline',
    version: '1.0.0',
    contentHash: 'a'.repeat(64),
    respondent: 'Directrice',
    startedAt: stamp,
    updatedAt: stamp,
    origin: 'local',
    revision: bump(undefined, ORIGIN),
  };
  const answers: AnswerRecord[] = answered.map((questionId) => {
    response = { ...response, revision: bump(response.revision, ORIGIN) };
    return {
      responseId: 'response',
      questionId,
      value: 'no',
      answeredAt: stamp,
      revision: bump(undefined, ORIGIN),
    };
  });
  return {
    profile: [],
    cycles: [cycle],
    responses: [response],
    answers,
    roadmapEdits: [],
    ownActions: [],
    clientChecks: [],
  };
}

/** A device's copy after its own changes, each counted as that device's write, as storage does. */
function applyOperations(start: RecordSet, device: string, operations: Operation[]): RecordSet {
  const copy = structuredClone(start);
  for (const op of operations) {
    const response = copy.responses[0]!;
    const cycle = copy.cycles[0]!;
    if (op.kind === 'rename-cycle') {
      copy.cycles[0] = { ...cycle, name: op.name, revision: bump(cycle.revision, device) };
      continue;
    }
    if (op.kind === 'rename-respondent') {
      copy.responses[0] = {
        ...response,
        respondent: op.name,
        revision: bump(response.revision, device),
      };
      continue;
    }
    const index = copy.answers.findIndex((a) => a.questionId === op.question);
    const previous = copy.answers[index];
    if (op.kind === 'clear') {
      if (!previous) continue;
      copy.answers.splice(index, 1);
    } else {
      const answer: AnswerRecord = {
        responseId: 'response',
        questionId: op.question,
        value: op.value,
        answeredAt: stamp,
        revision: bump(previous?.revision, device),
      };
      if (previous) copy.answers[index] = answer;
      else copy.answers.push(answer);
    }
    copy.responses[0] = { ...response, revision: bump(response.revision, device) };
  }
  return copy;
}

/** The device's records after the restore, as restoreBackup writes them. */
function restored(device: RecordSet, file: RecordSet, choices: Choices): RecordSet {
  const plan = planRestore(file, device, 'merge');
  const { puts } = resolvePlan(plan, choices);
  const result = {} as RecordSet;
  for (const kind of recordKinds) {
    const byKey = new Map(
      (device[kind] as AnyRecord[]).map((r) => [keyOf(kind, r), r] as [string, AnyRecord]),
    );
    if (kind === 'answers')
      for (const [responseId, questionId] of plan.removedAnswers)
        byKey.delete(answerKey(responseId, questionId));
    for (const record of puts[kind] as AnyRecord[]) byKey.set(keyOf(kind, record), record);
    (result[kind] as AnyRecord[]) = [...byKey.values()];
  }
  return result;
}

const keyOf = (kind: RecordKind, record: AnyRecord) =>
  (recordKey[kind] as (r: AnyRecord) => string)(record);
const said = (kind: RecordKind, record: AnyRecord | undefined) =>
  record === undefined ? 'absent' : JSON.stringify(contentOf(kind, record));
const byKey = (set: RecordSet, kind: RecordKind) =>
  new Map((set[kind] as AnyRecord[]).map((r) => [keyOf(kind, r), r]));

const histories = fc.record({
  answered: fc.subarray(QUESTIONS),
  onDevice: fc.array(operation, { maxLength: 6 }),
  inFile: fc.array(operation, { maxLength: 6 }),
  takeFile: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
});

describe('a merge plan', () => {
  it('never loses a record: each ends up as this device’s copy or the file’s, or cleared where one side cleared it after seeing it', () => {
    fc.assert(
      fc.property(histories, ({ answered, onDevice, inFile, takeFile }) => {
        const base = sharedCopy(answered);
        const device = applyOperations(base, DEVICE, onDevice);
        const file = applyOperations(base, FILE, inFile);
        const plan = planRestore(file, device, 'merge');
        const choices: Choices = {
          all: 'device',
          records: Object.fromEntries(
            plan.conflicts.map((c, i) => [c.id, takeFile[i % takeFile.length] ? 'file' : 'device']),
          ),
        };
        const result = restored(device, file, choices);
        for (const kind of recordKinds) {
          const mine = byKey(device, kind);
          const theirs = byKey(file, kind);
          const after = byKey(result, kind);
          for (const key of new Set([...mine.keys(), ...theirs.keys()])) {
            const outcome = said(kind, after.get(key));
            expect([said(kind, mine.get(key)), said(kind, theirs.get(key))]).toContain(outcome);
            if (outcome !== 'absent') continue;
            // gone: only because the side without it had seen the copy the other side has
            const present = mine.get(key) ?? theirs.get(key);
            const clearedBy = mine.has(key) ? file : device;
            expect(
              includes(clearedBy.responses[0]!.revision!.vector, present!.revision!.vector),
            ).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never replaces a copy that is newer on this device, and without a choice changes no conflicting record', () => {
    fc.assert(
      fc.property(histories, ({ answered, onDevice, inFile }) => {
        const base = sharedCopy(answered);
        const device = applyOperations(base, DEVICE, onDevice);
        const file = applyOperations(base, FILE, inFile);
        const plan = planRestore(file, device, 'merge');
        const conflicting = new Set(
          plan.conflicts.map((c) => `${c.kind} ${keyOf(c.kind, c.device)}`),
        );
        const result = restored(device, file, keepThisDevice);
        for (const kind of recordKinds) {
          const theirs = byKey(file, kind);
          const after = byKey(result, kind);
          for (const [key, mine] of byKey(device, kind)) {
            const copy = theirs.get(key);
            const newerHere =
              copy !== undefined &&
              compareRevisions(mine.revision, copy.revision) === 'device-newer';
            if (newerHere || conflicting.has(`${kind} ${key}`))
              expect(said(kind, after.get(key))).toBe(said(kind, mine));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('removes an answer only when the file’s device had seen this device’s copy of it', () => {
    fc.assert(
      fc.property(histories, ({ answered, onDevice, inFile }) => {
        const base = sharedCopy(answered);
        const device = applyOperations(base, DEVICE, onDevice);
        const file = applyOperations(base, FILE, inFile);
        const fileResponse = file.responses[0]!;
        for (const [responseId, questionId] of planRestore(file, device, 'merge').removedAnswers) {
          const mine = device.answers.find(
            (a) => a.responseId === responseId && a.questionId === questionId,
          );
          expect(includes(fileResponse.revision!.vector, mine!.revision!.vector)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('leaves nothing to decide after merging both ways with the choices made', () => {
    fc.assert(
      fc.property(histories, ({ answered, onDevice, inFile }) => {
        const base = sharedCopy(answered);
        const device = applyOperations(base, DEVICE, onDevice);
        const file = applyOperations(base, FILE, inFile);
        const merged = restored(device, file, { all: 'file', records: {} });
        // the same file again: already decided
        expect(planRestore(file, merged, 'merge').conflicts).toEqual([]);
        // the other device restoring the merged copy takes it without asking
        const back = restored(file, merged, keepThisDevice);
        for (const kind of recordKinds) {
          const there = byKey(back, kind);
          for (const [key, record] of byKey(merged, kind))
            expect(said(kind, there.get(key))).toBe(said(kind, record));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('a very large backup', () => {
  it('is planned and resolved without running out of stack (200,000 answers)', () => {
    const file = sharedCopy([]);
    for (let n = 0; n < 200_000; n++)
      file.answers.push({
        responseId: 'response',
        questionId: `q${n}`,
        value: 'yes',
        answeredAt: stamp,
        revision: bump(undefined, FILE),
      });
    const device = emptyRecordSet();
    const plan = planRestore(file, device, 'merge');
    expect(plan.counts.answers.added).toBe(200_000);
    expect(resolvePlan(plan, keepThisDevice).puts.answers).toHaveLength(200_000);
  });
});
