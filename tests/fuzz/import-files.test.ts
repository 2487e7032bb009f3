// Fuzzing the import parsers: whatever a file holds, reading it ends in a value or a typed refusal
// (one of the import error codes, with plain details), never an exception, never a hang, and nothing
// in it reaches Object.prototype.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { tooDeep } from '../../src/engine/nesting';
import type { PreparedQuestionnaire } from '../../src/engine/prepare';
import { importResponseFile } from '../../src/features/transfer/import-response-files';
import { createCycle } from '../../src/storage/cycles';
import { listResponses } from '../../src/storage/responses';
import { buildBackup, parseBackup } from '../../src/storage/transfer/backup-file';
import { seal } from '../../src/storage/transfer/envelope';
import { importErrorCodes, type Parsed } from '../../src/storage/transfer/import-error';
import {
  decodeText,
  MAX_BACKUP_FILE_BYTES,
  MAX_RESPONSE_FILE_BYTES,
  parseJsonText,
} from '../../src/storage/transfer/read-file';
import {
  buildResponseFile,
  checkAgainstQuestionnaire,
  parseResponseFile,
} from '../../src/storage/transfer/response-file';
import { freshDatabase } from '../support/app';
import { loadShipped } from '../support/content';
import { seedCycle } from '../support/cycle-fixture';
import {
  mutate,
  mutations,
  prototypeIntact,
  randomBytes,
  randomJson,
  randomText,
  type Json,
  type Mutation,
} from './hostile';

/** Generous limits: a run that takes this long has gone wrong (typically super-linear work). */
const limits = { interruptAfterTimeLimit: 15_000, markInterruptAsFailure: true };

function expectTyped(outcome: Parsed<unknown>): void {
  if (outcome.ok) return;
  expect(importErrorCodes).toContain(outcome.error.code);
  for (const detail of Object.values(outcome.error.details))
    expect(['string', 'number']).toContain(typeof detail);
}

// Resealed four times in five: an unsealed change only ever meets the checksum check.
const nearValidFile = fc.record({ mutations, reseal: fc.nat(4).map((n) => n > 0) });
const shallow = nearValidFile.filter(({ mutations: changes }) =>
  changes.every((change) => change.kind !== 'nest' || change.depth <= 50),
);

/** A mutated file, resealed (checksum recomputed) so the mutation reaches the content checks. */
function build(
  valid: Json,
  { mutations: changes, reseal }: { mutations: Mutation[]; reseal: boolean },
): unknown {
  const document = mutate(valid, changes);
  // Too deep to checksum (the parsers refuse such files before looking at their checksum).
  if (tooDeep(document) !== null) return document;
  if (!reseal || document === null || typeof document !== 'object' || Array.isArray(document))
    return document;
  const { checksum: _old, ...content } = document;
  return seal(content);
}

let validResponse: Json;
let validBackup: Json;
let questionnaire: PreparedQuestionnaire;

beforeAll(async () => {
  freshDatabase();
  const { director } = await seedCycle();
  validResponse = JSON.parse(JSON.stringify(await buildResponseFile(director.id))) as Json;
  validBackup = JSON.parse(JSON.stringify(await buildBackup())) as Json;
  questionnaire = loadShipped('cybersecurity-baseline');
});

/** Both file parsers on one parsed JSON value. */
function parseAsEitherFile(raw: unknown): void {
  const response = parseResponseFile(raw);
  expectTyped(response);
  if (response.ok) expectTyped(checkAgainstQuestionnaire(response.value, questionnaire));
  expectTyped(parseBackup(raw));
  expect(prototypeIntact()).toBe(true);
}

// The runs take a few seconds each; the default 5 s test timeout is too tight on a busy machine.
describe('fuzzing file import', { timeout: 60_000 }, () => {
  it('random bytes: decoded, parsed and checked, or refused with a typed reason', () => {
    fc.assert(
      fc.property(randomBytes, (bytes) => {
        const text = decodeText(bytes, MAX_RESPONSE_FILE_BYTES);
        expectTyped(text);
        if (!text.ok) return;
        const raw = parseJsonText(text.value);
        expectTyped(raw);
        if (raw.ok) parseAsEitherFile(raw.value);
      }),
      { numRuns: 3_000, ...limits },
    );
  });

  it('random text, truncated JSON and deeply nested brackets: a value or a typed refusal', () => {
    fc.assert(
      fc.property(randomText, (text) => {
        const raw = parseJsonText(text);
        expectTyped(raw);
        if (raw.ok) parseAsEitherFile(raw.value);
      }),
      { numRuns: 1_500, ...limits },
    );
  });

  it('random JSON values, prototype keys included: a value or a typed refusal', () => {
    fc.assert(fc.property(randomJson, parseAsEitherFile), { numRuns: 3_000, ...limits });
  });

  it('near-valid response files: a checked file or a typed refusal', () => {
    fc.assert(
      fc.property(nearValidFile, (changes) => {
        const raw = build(validResponse, changes);
        const parsed = parseResponseFile(raw);
        expectTyped(parsed);
        if (parsed.ok) {
          expect(Object.getPrototypeOf(parsed.value.answers)).toBe(Object.prototype);
          expectTyped(checkAgainstQuestionnaire(parsed.value, questionnaire));
        }
        expect(prototypeIntact()).toBe(true);
      }),
      { numRuns: 1_500, ...limits },
    );
  });

  it('near-valid backups: a consistent backup or a typed refusal', () => {
    fc.assert(
      fc.property(nearValidFile, (changes) => {
        expectTyped(parseBackup(build(validBackup, changes)));
        expect(prototypeIntact()).toBe(true);
      }),
      { numRuns: 1_000, ...limits },
    );
  });

  it('near-valid files imported into a cycle end in a typed outcome, each within a time limit', async () => {
    const cycle = await createCycle('Fuzz', [{ id: 'cybersecurity-baseline', version: '1.0.0' }]);
    let imported = 0;
    await fc.assert(
      // Deeply nested files are covered above; JSON.stringify could not even write them out.
      fc.asyncProperty(shallow, async (changes) => {
        const text = JSON.stringify(build(validResponse, changes)) as string | undefined;
        const file = new File([text ?? ''], 'answers.boussole.json');
        const outcome = await importResponseFile(cycle.id, file);
        if (outcome.ok) imported += 1;
        else expectTyped(outcome);
        expect(prototypeIntact()).toBe(true);
      }),
      { numRuns: 200, timeout: 2_000, ...limits },
    );
    // A file is imported once at most: the same response id again is a duplicate.
    expect((await listResponses(cycle.id)).length).toBe(imported);
  });

  it('refuses oversized input by its size before reading it', () => {
    const huge = new Uint8Array(MAX_BACKUP_FILE_BYTES + 1);
    expect(decodeText(huge, MAX_BACKUP_FILE_BYTES)).toMatchObject({
      ok: false,
      error: { code: 'too-large' },
    });
  });
});
