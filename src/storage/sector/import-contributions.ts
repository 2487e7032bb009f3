// Imports contribution files by the thousand: plain files and the .json files inside .zip archives,
// each read in bounded steps and checked, then stored a batch per transaction (a newer revision of an
// id replaces the older). Runs in the import worker; tests run it directly. Every file is accepted or
// refused on its own: a refused file changes nothing, and stopping keeps what was already stored.
import type { DefinitionLookup } from '../../engine/sector-snapshot';
import { nativeSha256Hex } from '../transfer/native-sha256';
import {
  MAX_CONTRIBUTION_FILE_BYTES,
  readContributionBytesWith,
  type ReadContribution,
} from './contribution-file';
import { BatchQueue } from './batch-queue';
import { storeContributions, type StoreOutcome } from './contributions';
import { hasZipName, isZipFile, joinFiles, type FileBatch } from './joined-files';
import { readAhead } from './read-ahead';
import type { SectorFileRefusal } from './sector-file-refusal';
import { inflateEntries, listZip, type ZipEntry } from './zip-entries';

export interface ImportCounts {
  /** Files read so far, of `total` (which grows as archives are opened). */
  read: number;
  total: number;
  added: number;
  replaced: number;
  /** Older revisions left out because a newer one is stored. */
  keptNewer: number;
  /** The same file imported again. */
  unchanged: number;
  refused: number;
}

export interface RefusedFile {
  /** The file's name (inside an archive: "archive.zip › folder/file.json"). */
  file: string;
  refusal: SectorFileRefusal;
}

export interface ImportOutcome extends ImportCounts {
  /** The first refusals, for the screen; `refused` counts them all. */
  refusedFiles: RefusedFile[];
  /** Entries of archives that are not .json files. */
  skipped: number;
  cancelled: boolean;
}

export interface ImportOptions {
  definitions: DefinitionLookup;
  isCancelled?: () => boolean;
  onProgress?: (counts: ImportCounts) => void;
}

/**
 * The files to import: all at once, or arriving in batches (from the page, a batch per message, so
 * that handing 10,000 files to the worker never blocks the page; each with its contribution files
 * joined) with the number of plain files that will arrive, so progress counts towards the right
 * total from the start.
 */
export type FileSource = readonly File[] | { arriving: BatchQueue<FileBatch>; plainFiles: number };

/** Contributions per transaction: large enough to be fast, small enough that a stop is prompt. */
const BATCH = 500;
/** Refusals kept for the screen; beyond this only the count grows. */
export const LISTED_REFUSALS = 200;

interface Archive {
  file: File;
  bytes: Uint8Array;
  entries: ZipEntry[];
}

class Importer {
  readonly counts: ImportCounts = {
    read: 0,
    total: 0,
    added: 0,
    replaced: 0,
    keptNewer: 0,
    unchanged: 0,
    refused: 0,
  };
  readonly refusedFiles: RefusedFile[] = [];
  skipped = 0;
  private pending: ReadContribution[] = [];
  /** The batch being stored: the next one is checked meanwhile, and waits for it to be stored. */
  private storing: Promise<void> = Promise.resolve();

  constructor(private readonly options: ImportOptions) {}

  stopped(): boolean {
    return this.options.isCancelled?.() ?? false;
  }

  refuse(file: string, refusal: SectorFileRefusal): void {
    this.counts.refused += 1;
    if (this.refusedFiles.length < LISTED_REFUSALS) this.refusedFiles.push({ file, refusal });
  }

  /** Checks files together (their checksums are digested at the same time), then takes each in
   *  order: stored with the next batch, or refused. */
  async accept(files: readonly { name: string; bytes: Uint8Array }[]): Promise<void> {
    const reads = await Promise.all(
      files.map(({ bytes }) =>
        readContributionBytesWith(bytes, nativeSha256Hex, this.options.definitions),
      ),
    );
    for (const [at, read] of reads.entries()) {
      this.counts.read += 1;
      if (!read.ok) this.refuse(files[at]?.name ?? '', read.refusal);
      else this.pending.push(read.value);
      if (this.pending.length >= BATCH) await this.flush();
    }
  }

  /** Starts storing what was accepted, once the batch before it is stored (batches are stored in
   *  the order read, so the last of two files with the same revision wins). */
  async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    await this.storing;
    if (batch.length === 0) return;
    const storing = storeContributions(batch).then((outcomes) => {
      outcomes.forEach((outcome) => {
        this.tally(outcome);
      });
      this.progress();
    });
    // awaited by the next flush or by finish; a failure is reported there
    storing.catch(() => undefined);
    this.storing = storing;
  }

  /** Stores what is left and waits until everything is stored. */
  async finish(): Promise<void> {
    await this.flush();
    await this.storing;
    this.progress();
  }

  progress(): void {
    this.options.onProgress?.({ ...this.counts });
  }

  private tally(outcome: StoreOutcome): void {
    const key = outcome === 'kept-newer' ? 'keptNewer' : outcome;
    this.counts[key] += 1;
  }
}

const refusedAsTooLarge = (size: number): SectorFileRefusal => ({
  kind: 'file',
  error: { code: 'too-large', details: { size, limit: MAX_CONTRIBUTION_FILE_BYTES } },
});

async function openArchive(file: File, importer: Importer): Promise<Archive | null> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const listing = listZip(bytes);
  if (!listing.ok) {
    importer.refuse(file.name, { kind: 'archive', problem: listing.problem });
    return null;
  }
  importer.skipped += listing.skipped;
  importer.counts.total += listing.entries.length;
  return { file, bytes, entries: listing.entries };
}

async function readArchive(archive: Archive, importer: Importer): Promise<void> {
  const { entries, bytes, file } = archive;
  for (let start = 0; start < entries.length && !importer.stopped(); start += BATCH) {
    const group = entries.slice(start, start + BATCH);
    const fits = group.filter((entry) => entry.size <= MAX_CONTRIBUTION_FILE_BYTES);
    const inflated = inflateEntries(bytes, fits);
    const readable: { name: string; bytes: Uint8Array }[] = [];
    for (const entry of group) {
      const name = `${file.name} › ${entry.name}`;
      const data = inflated.get(entry.index);
      if (entry.size > MAX_CONTRIBUTION_FILE_BYTES) {
        importer.counts.read += 1;
        importer.refuse(name, refusedAsTooLarge(entry.size));
      } else if (data === undefined) {
        importer.counts.read += 1;
        importer.refuse(name, { kind: 'archive', problem: 'unreadable' });
      } else readable.push({ name, bytes: data });
    }
    await importer.accept(readable);
    importer.progress();
  }
}

export async function importContributionFiles(
  source: FileSource,
  options: ImportOptions,
): Promise<ImportOutcome> {
  const importer = new Importer(options);
  // Plain files are counted by name (as the page counts them); an archive known only by its type
  // leaves the count when it arrives, and its entries join it when it is opened.
  importer.counts.total = isFileList(source)
    ? source.filter((file) => !hasZipName(file)).length
    : source.plainFiles;
  importer.progress();
  const arriving = isFileList(source) ? arrived(source) : source.arriving;
  for await (const next of readAhead(arriving, () => importer.stopped())) {
    if (next.apart === undefined) {
      const { contents } = next;
      await importer.accept(
        next.names.flatMap((name, at) => {
          const bytes = contents[at];
          if (bytes === undefined) return [];
          if (bytes === null) {
            // changed or removed since it was chosen: refused alone, the others go on
            importer.counts.read += 1;
            importer.refuse(name, { kind: 'file', error: { code: 'read-failed', details: {} } });
            return [];
          }
          return [{ name, bytes }];
        }),
      );
      importer.progress();
    } else if (isZipFile(next.apart)) {
      const file = next.apart;
      if (!hasZipName(file)) importer.counts.total -= 1;
      const archive = await openArchive(file, importer);
      if (archive !== null) await readArchive(archive, importer);
    } else {
      importer.counts.read += 1;
      importer.refuse(next.apart.name, refusedAsTooLarge(next.apart.size));
    }
  }
  // What was read before a stop is kept: each file was accepted on its own.
  await importer.finish();
  return {
    ...importer.counts,
    refusedFiles: importer.refusedFiles,
    skipped: importer.skipped,
    cancelled: importer.stopped(),
  };
}

/** Files chosen all at once, as a queue that has ended. */
function arrived(files: readonly File[]): BatchQueue<FileBatch> {
  const queue = new BatchQueue<FileBatch>();
  queue.push([joinFiles(files)]);
  queue.end();
  return queue;
}

const isFileList = (source: FileSource): source is readonly File[] => Array.isArray(source);
