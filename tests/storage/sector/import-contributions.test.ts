import { strToU8, zipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { seal } from '../../../src/storage/transfer/envelope';
import {
  importContributionFiles,
  LISTED_REFUSALS,
} from '../../../src/storage/sector/import-contributions';
import { BatchQueue } from '../../../src/storage/sector/batch-queue';
import { joinFiles, type FileBatch } from '../../../src/storage/sector/joined-files';
import { readAllContributions } from '../../../src/storage/sector/contributions';
import { agency, agencies, exampleDefinitions } from '../../support/sector-builders';
import {
  contributionFileOf,
  contributionText,
  freshSectorDatabase,
} from '../../support/sector-storage';

const importFiles = (files: File[]) =>
  importContributionFiles(files, { definitions: exampleDefinitions });

const fileOf = (text: string | Uint8Array, name: string) =>
  new File([typeof text === 'string' ? text : new Uint8Array(text)], name);

describe('importing contribution files', () => {
  beforeEach(() => {
    freshSectorDatabase();
  });

  it('stores every accepted file and says how many were new', async () => {
    const files = agencies(3).map((c) => contributionFileOf(c));
    const outcome = await importFiles(files);
    expect(outcome).toMatchObject({ read: 3, total: 3, added: 3, refused: 0, cancelled: false });
    expect(await readAllContributions()).toHaveLength(3);
  });

  it('reads the .json files inside a .zip archive and skips everything else in it', async () => {
    const [a, b] = agencies(2);
    const zip = zipSync({
      'contributions/a.json': strToU8(contributionText(a!)),
      'contributions/nested/b.json': strToU8(contributionText(b!)),
      'contributions/readme.txt': strToU8('collected in March'),
      '__MACOSX/contributions/._a.json': strToU8('resource fork'),
    });
    const outcome = await importFiles([fileOf(zip, 'ontario-2026.zip')]);
    expect(outcome).toMatchObject({ total: 2, added: 2, skipped: 2, refused: 0 });
    expect((await readAllContributions()).map((c) => c.id).sort()).toEqual([a!.id, b!.id].sort());
  });

  it('opens an archive known only by its type, and counts its entries instead of it', async () => {
    const [a, b] = agencies(2);
    const zip = zipSync({
      'a.json': strToU8(contributionText(a!)),
      'b.json': strToU8(contributionText(b!)),
    });
    const archive = new File([new Uint8Array(zip)], 'ontario-2026', { type: 'application/zip' });
    const outcome = await importFiles([archive]);
    expect(outcome).toMatchObject({ read: 2, total: 2, added: 2, refused: 0 });
  });

  it('replaces a contribution with its newer revision in the same import, in either order', async () => {
    const first = agency({ id: 7, score: 30 });
    const corrected = agency({ id: 7, score: 80 });
    const outcome = await importFiles([
      contributionFileOf(corrected, { revision: 2, name: 'corrected.json' }),
      contributionFileOf(first, { revision: 1, name: 'first.json' }),
    ]);
    expect(outcome).toMatchObject({ added: 1, keptNewer: 1 });
    expect(await readAllContributions()).toEqual([corrected]);
  });

  it('refuses each bad file with its reason and keeps the good ones', async () => {
    const good = agency({ id: 1 });
    const sealed = JSON.parse(contributionText(agency({ id: 2 }))) as Record<string, unknown>;
    const outOfRange = agency({ id: 3, score: 50 });
    outOfRange.questionnaires[0]!.overall.score = 140;
    const files = [
      contributionFileOf(good),
      fileOf('', 'empty.json'),
      fileOf(contributionText(agency({ id: 4 })).slice(0, 300), 'cut.json'),
      fileOf(new Uint8Array([0x50, 0x4b, 0x00, 0x01, 0x02]), 'binary.json'),
      fileOf(JSON.stringify({ ...sealed, year: 2027 }), 'edited.json'),
      fileOf(JSON.stringify(seal({ format: 'boussole-backup', formatVersion: 1 })), 'backup.json'),
      fileOf(JSON.stringify(seal({ ...sealed, formatVersion: 9 })), 'future.json'),
      fileOf(JSON.stringify(seal({ ...sealed, name: 'Centre' })), 'extra-field.json'),
      contributionFileOf(outOfRange, { name: 'out-of-range.json' }),
    ];
    const outcome = await importFiles(files);
    expect(outcome).toMatchObject({ read: 9, added: 1, refused: 8 });
    const reasons = Object.fromEntries(
      outcome.refusedFiles.map(({ file, refusal }) => [
        file,
        refusal.kind === 'file'
          ? refusal.error.code
          : refusal.kind === 'contribution'
            ? refusal.problems.map((p) => p.problem).join()
            : refusal.kind,
      ]),
    );
    expect(reasons).toEqual({
      'empty.json': 'empty',
      'cut.json': 'truncated',
      'binary.json': 'not-text',
      'edited.json': 'tampered',
      'backup.json': 'wrong-kind',
      'future.json': 'future-version',
      'extra-field.json': 'structure',
      'out-of-range.json': 'score-out-of-range',
    });
    expect(await readAllContributions()).toEqual([good]);
  });

  it('refuses a file too large to be a contribution without reading it', async () => {
    const huge = fileOf(new Uint8Array(1024 * 1024 + 1).fill(0x20), 'huge.json');
    const outcome = await importFiles([huge]);
    expect(outcome.refusedFiles).toEqual([
      {
        file: 'huge.json',
        refusal: {
          kind: 'file',
          error: { code: 'too-large', details: { size: 1024 * 1024 + 1, limit: 1024 * 1024 } },
        },
      },
    ]);
  });

  it('refuses an entry of an archive that declares more than a contribution can hold, before inflating it', async () => {
    const zip = zipSync({ 'bomb.json': new Uint8Array(2 * 1024 * 1024).fill(0x20) });
    const outcome = await importFiles([fileOf(zip, 'bomb.zip')]);
    expect(outcome.refusedFiles[0]).toMatchObject({
      file: 'bomb.zip › bomb.json',
      refusal: { kind: 'file', error: { code: 'too-large' } },
    });
  });

  it('refuses an archive that cannot be read', async () => {
    const outcome = await importFiles([fileOf('not a zip at all', 'broken.zip')]);
    expect(outcome.refusedFiles).toEqual([
      { file: 'broken.zip', refusal: { kind: 'archive', problem: 'unreadable' } },
    ]);
  });

  it('lists the first refusals and counts them all', async () => {
    const files = Array.from({ length: LISTED_REFUSALS + 5 }, (_, i) => fileOf('', `${i}.json`));
    const outcome = await importFiles(files);
    expect(outcome.refused).toBe(LISTED_REFUSALS + 5);
    expect(outcome.refusedFiles).toHaveLength(LISTED_REFUSALS);
  });

  it('stops when asked and keeps what it had already read', async () => {
    const files = agencies(300).map((c) => contributionFileOf(c));
    let stop = false;
    // asked to stop as soon as the first files are read (files are checked a group at a time)
    const outcome = await importContributionFiles(files, {
      definitions: exampleDefinitions,
      isCancelled: () => stop,
      onProgress: (counts) => {
        if (counts.read > 0) stop = true;
      },
    });
    expect(outcome.cancelled).toBe(true);
    expect(outcome.read).toBeGreaterThan(0);
    expect(outcome.read).toBeLessThan(files.length);
    expect(outcome.added).toBe(outcome.read);
    expect(await readAllContributions()).toHaveLength(outcome.read);
  });

  it('reads files arriving in batches as they come, counting towards the total announced first', async () => {
    const batches = new BatchQueue<FileBatch>();
    const [a, b, c] = agencies(3);
    const progress: number[][] = [];
    const importing = importContributionFiles(
      { arriving: batches, plainFiles: 3 },
      {
        definitions: exampleDefinitions,
        onProgress: (counts) => progress.push([counts.read, counts.total]),
      },
    );
    batches.push([joinFiles([contributionFileOf(a!)])]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    batches.push([joinFiles([contributionFileOf(b!), contributionFileOf(c!)])]);
    batches.end();
    const outcome = await importing;
    expect(outcome).toMatchObject({ read: 3, total: 3, added: 3, cancelled: false });
    expect(progress[0]).toEqual([0, 3]);
    expect(progress).toContainEqual([1, 3]);
    expect((await readAllContributions()).map((x) => x.id).sort()).toEqual(
      [a!.id, b!.id, c!.id].sort(),
    );
  });

  it('takes files the page has already read, with the files it sent apart', async () => {
    const [a, b, c] = agencies(3);
    const bytesOf = async (file: File) => new Uint8Array(await file.arrayBuffer());
    const [first, second] = await Promise.all([a!, b!].map((x) => bytesOf(contributionFileOf(x))));
    const joined = new Uint8Array(first!.byteLength + second!.byteLength);
    joined.set(first!, 0);
    joined.set(second!, first!.byteLength);
    const batches = new BatchQueue<FileBatch>();
    const importing = importContributionFiles(
      { arriving: batches, plainFiles: 4 },
      { definitions: exampleDefinitions },
    );
    batches.push([
      {
        read: [
          {
            bytes: joined,
            names: ['a.json', 'b.json'],
            sizes: [first!.byteLength, second!.byteLength],
          },
        ],
        ...joinFiles([contributionFileOf(c!), new File(['not json'], 'notes.txt')]),
      },
    ]);
    batches.end();
    const outcome = await importing;
    expect(outcome).toMatchObject({ read: 4, total: 4, added: 3, refused: 1 });
    expect(outcome.refusedFiles.map((r) => r.file)).toEqual(['notes.txt']);
    expect((await readAllContributions()).map((x) => x.id).sort()).toEqual(
      [a!.id, b!.id, c!.id].sort(),
    );
  });

  it('refuses a file that can no longer be read (changed or removed since it was chosen) and imports the others', async () => {
    const [a, b] = agencies(2);
    const bytes = await Promise.all(
      [a!, b!].map(async (x) => new Uint8Array(await contributionFileOf(x).arrayBuffer())),
    );
    const sizes = [bytes[0]!.byteLength, 10, bytes[1]!.byteLength];
    const parts = [bytes[0]!, null, bytes[1]!];
    // the joined read fails as a whole, and the middle file fails on its own
    const starts = [0, sizes[0]!, sizes[0]! + sizes[1]!];
    const blob = {
      size: sizes.reduce((x, y) => x + y, 0),
      arrayBuffer: () => Promise.reject(new Error('NotReadableError')),
      slice: (start: number) => {
        const part = parts[starts.indexOf(start)];
        return {
          arrayBuffer: () =>
            part ? Promise.resolve(part.slice().buffer) : Promise.reject(new Error('gone')),
        };
      },
    } as unknown as Blob;
    const batches = new BatchQueue<FileBatch>();
    const importing = importContributionFiles(
      { arriving: batches, plainFiles: 3 },
      { definitions: exampleDefinitions },
    );
    batches.push([
      { joined: [{ blob, names: ['a.json', 'gone.json', 'b.json'], sizes }], apart: [] },
    ]);
    batches.end();
    const outcome = await importing;
    expect(outcome).toMatchObject({ read: 3, added: 2, refused: 1, cancelled: false });
    expect(outcome.refusedFiles).toEqual([
      { file: 'gone.json', refusal: { kind: 'file', error: { code: 'read-failed', details: {} } } },
    ]);
    expect(await readAllContributions()).toHaveLength(2);
  });
});
