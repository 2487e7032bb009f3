import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/engine/content-hash';
import { importResponseFile } from '../../../src/features/transfer/import-response-files';
import { closeCycle, createCycle } from '../../../src/storage/cycles';
import { countStored } from '../../../src/storage/device-data';
import { getAnswers, listResponses } from '../../../src/storage/responses';
import { seal } from '../../../src/storage/transfer/envelope';
import { buildResponseFile, type ResponseFile } from '../../../src/storage/transfer/response-file';
import { freshDatabase } from '../../support/app';
import { seedCycle } from '../../support/cycle-fixture';

const asFile = (content: string | Uint8Array, name = 'answers.boussole.json') =>
  new File([typeof content === 'string' ? content : new Uint8Array(content)], name);
const json = (value: unknown) => asFile(JSON.stringify(value));

async function exportedFile(): Promise<{ file: ResponseFile; directorId: string }> {
  const { director } = await seedCycle();
  const file = await buildResponseFile(director.id);
  if (!file) throw new Error('no file');
  return { file, directorId: director.id };
}

async function newDeviceCycle() {
  freshDatabase();
  return createCycle('Cycle de l’équipe', [{ id: 'cybersecurity-baseline', version: '1.0.0' }]);
}

describe('response files', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('carry the questionnaire, the respondent and the answers, and nothing about the device', async () => {
    const { file } = await exportedFile();
    expect(Object.keys(file).sort()).toEqual(
      [
        'answers',
        'checksum',
        'exportedAt',
        'format',
        'formatVersion',
        'questionnaire',
        'response',
      ].sort(),
    );
    expect(Object.keys(file.response).sort()).toEqual([
      'id',
      'respondent',
      'revision',
      'startedAt',
      'updatedAt',
    ]);
    // the revision names devices only by random ids
    for (const device of Object.keys(file.response.revision?.vector ?? {}))
      expect(device).toMatch(/^[0-9a-f]{16}$/);
    expect(file.questionnaire).toMatchObject({ id: 'cybersecurity-baseline', version: '1.0.0' });
    expect(file.answers['mfa-email']).toMatchObject({
      value: 'no',
      note: 'Vérifier avec Hélène « TI » ; urgent !',
    });
  });

  it('import on another device with every answer and note intact', async () => {
    const { file, directorId } = await exportedFile();
    const cycle = await newDeviceCycle();
    const outcome = await importResponseFile(cycle.id, json(file));
    expect(outcome).toEqual({
      file: 'answers.boussole.json',
      ok: true,
      status: 'imported',
      respondent: 'Directrice générale',
    });
    const [imported] = await listResponses(cycle.id);
    expect(imported).toMatchObject({
      id: directorId,
      origin: 'imported',
      respondent: 'Directrice générale',
    });
    const answers = await getAnswers(directorId);
    expect(canonicalJson(answers)).toBe(
      canonicalJson(
        Object.fromEntries(
          Object.entries(file.answers).map(([id, { answeredAt: _a, revision: _v, ...a }]) => [
            id,
            a,
          ]),
        ),
      ),
    );
  });

  it('are not duplicated when the same file is imported twice', async () => {
    const { file } = await exportedFile();
    const cycle = await newDeviceCycle();
    const before = await importResponseFile(cycle.id, json(file));
    expect(before).toMatchObject({ ok: true, status: 'imported' });
    const stored = await countStored();
    const again = await importResponseFile(cycle.id, json(file));
    expect(again).toMatchObject({
      ok: true,
      status: 'already-imported',
      respondent: 'Directrice générale',
    });
    expect(await listResponses(cycle.id)).toHaveLength(1);
    expect(await countStored()).toEqual(stored);
  });
});

describe('bad response files are refused, each with its own reason, and change nothing', () => {
  beforeEach(() => {
    freshDatabase();
  });

  const reseal = (file: ResponseFile, change: (copy: Record<string, unknown>) => void) => {
    const { checksum: _c, ...copy } = structuredClone(file) as unknown as Record<string, unknown>;
    change(copy);
    return seal(copy);
  };

  const cases: [string, (file: ResponseFile) => File, string][] = [
    ['an oversized file', () => asFile(new Uint8Array(3 * 1024 * 1024).fill(32)), 'too-large'],
    ['an empty file', () => asFile(''), 'empty'],
    [
      'a binary file',
      () => asFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
      'not-text',
    ],
    ['a text file that is not JSON', () => asFile('Réponses de Hélène: oui, non, oui'), 'not-json'],
    ['a truncated file', (f) => asFile(JSON.stringify(f).slice(0, 400)), 'truncated'],
    ['JSON from another program', () => json({ name: 'budget.xlsx', rows: [] }), 'not-boussole'],
    [
      'a backup given as a response file',
      (f) => json({ ...f, format: 'boussole-backup' }),
      'wrong-kind',
    ],
    [
      'a file from a future version',
      (f) => json(reseal(f, (c) => (c.formatVersion = 7))),
      'future-version',
    ],
    [
      'a file with a nonsense format version',
      (f) => json(reseal(f, (c) => (c.formatVersion = 'one'))),
      'unsupported-version',
    ],
    [
      'a file whose format version is an object that cannot be printed',
      (f) => json(reseal(f, (c) => (c.formatVersion = { toString: null }))),
      'unsupported-version',
    ],
    [
      'a file edited by hand',
      (f) => json({ ...f, response: { ...f.response, respondent: 'Quelqu’un d’autre' } }),
      'tampered',
    ],
    [
      'a file nested thousands of levels deep',
      (f) => {
        const depth = 50_000;
        const text = JSON.stringify(f);
        return asFile(`${text.slice(0, -1)},"x":${'['.repeat(depth)}${']'.repeat(depth)}}`);
      },
      'invalid-structure',
    ],
    [
      'a file with a broken answer',
      (f) =>
        json(
          reseal(
            f,
            (c) =>
              ((c.answers as Record<string, unknown>)['mfa-email'] = {
                value: { x: 1 },
                answeredAt: f.exportedAt,
              }),
          ),
        ),
      'invalid-structure',
    ],
    [
      'an answer to a questionnaire this copy lacks',
      (f) =>
        json(reseal(f, (c) => ((c.questionnaire as Record<string, unknown>).version = '9.0.0'))),
      'unknown-questionnaire',
    ],
    [
      'an answer to a different text of the questionnaire',
      (f) =>
        json(
          reseal(
            f,
            (c) => ((c.questionnaire as Record<string, unknown>).contentHash = 'b'.repeat(64)),
          ),
        ),
      'questionnaire-changed',
    ],
    [
      'an answer to a question that does not exist',
      (f) =>
        json(
          reseal(
            f,
            (c) =>
              ((c.answers as Record<string, unknown>)['firewall-x'] = {
                value: 'yes',
                answeredAt: f.exportedAt,
              }),
          ),
        ),
      'answers-invalid',
    ],
    [
      'an answer with an option that does not exist',
      (f) =>
        json(
          reseal(
            f,
            (c) =>
              ((c.answers as Record<string, unknown>)['mfa-email'] = {
                value: 'sometimes',
                answeredAt: f.exportedAt,
              }),
          ),
        ),
      'answers-invalid',
    ],
  ];

  it.each(cases)('%s', async (_name, make, code) => {
    const { file } = await exportedFile();
    const cycle = await newDeviceCycle();
    const before = await countStored();
    const outcome = await importResponseFile(cycle.id, make(file));
    expect(outcome).toMatchObject({ ok: false, error: { code } });
    expect(await countStored()).toEqual(before);
  });

  it('a file for a questionnaire the cycle does not include', async () => {
    const { file } = await exportedFile();
    freshDatabase();
    const cycle = await createCycle('Maturité seulement', [
      { id: 'digital-maturity', version: '1.0.0' },
    ]);
    expect(await importResponseFile(cycle.id, json(file))).toMatchObject({
      error: { code: 'questionnaire-not-in-cycle' },
    });
  });

  it('a file imported into a closed cycle', async () => {
    const { file } = await exportedFile();
    const cycle = await newDeviceCycle();
    await closeCycle(cycle.id, true);
    expect(await importResponseFile(cycle.id, json(file))).toMatchObject({
      error: { code: 'cycle-closed' },
    });
    expect(await listResponses(cycle.id)).toEqual([]);
  });

  it('any junk: refused with a typed reason, never a crash, never a write', async () => {
    const cycle = await newDeviceCycle();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }).map((bytes) => asFile(bytes)),
          fc.string({ maxLength: 300 }).map((text) => asFile(text)),
          fc.jsonValue().map((value) => json(value)),
          fc
            .record(
              {
                format: fc.constant('boussole-response'),
                formatVersion: fc.constant(1),
                checksum: fc.string(),
              },
              { requiredKeys: [] },
            )
            .map(json),
        ),
        async (file) => {
          const outcome = await importResponseFile(cycle.id, file);
          expect(outcome.ok).toBe(false);
          if (!outcome.ok) expect(typeof outcome.error.code).toBe('string');
        },
      ),
      { numRuns: 300 },
    );
    expect(await listResponses(cycle.id)).toEqual([]);
  });
});
