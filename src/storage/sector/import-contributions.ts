// Imports contribution files by the thousand: plain files and the .json files inside .zip archives,
// each read in bounded steps and checked, then stored a batch per transaction (a newer revision of an
// id replaces the older). Runs in the import worker; tests run it directly. Every file is accepted or
// refused on its own: a refused file changes nothing, and stopping keeps what was already stored.
import type { DefinitionLookup } from '../../engine/sector-snapshot';
import {
  MAX_CONTRIBUTION_FILE_BYTES,
  readContributionBytes,
  type ReadContribution,
} from './contribution-file';
import { storeContributions, type StoreOutcome } from './contributions';
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

/** Contributions per transaction: large enough to be fast, small enough that a stop is prompt. */
const BATCH = 500;
/** Files read at once: reading one at a time waits on the browser for each. */
const PARALLEL_READS = 32;
/** Refusals kept for the screen; beyond this only the count grows. */
export const LISTED_REFUSALS = 200;

const isZip = (file: File) => /\.zip$/i.test(file.name) || file.type === 'application/zip';

type Source =
  | { kind: 'file'; file: File }
  | { kind: 'archive'; file: File; bytes: Uint8Array; entries: ZipEntry[] };

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

  constructor(private readonly options: ImportOptions) {}

  get cancelled(): boolean {
    return this.options.isCancelled?.() ?? false;
  }

  refuse(file: string, refusal: SectorFileRefusal): void {
    this.counts.refused += 1;
    if (this.refusedFiles.length < LISTED_REFUSALS) this.refusedFiles.push({ file, refusal });
  }

  async accept(file: string, bytes: Uint8Array): Promise<void> {
    this.counts.read += 1;
    const read = readContributionBytes(bytes, this.options.definitions);
    if (!read.ok) this.refuse(file, read.refusal);
    else this.pending.push(read.value);
    if (this.pending.length >= BATCH) await this.flush();
  }

  async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    if (batch.length > 0) {
      const outcomes = await storeContributions(batch);
      outcomes.forEach((outcome) => {
        this.tally(outcome);
      });
    }
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

const tooLarge = (size: number): SectorFileRefusal => ({
  kind: 'file',
  error: { code: 'too-large', details: { size, limit: MAX_CONTRIBUTION_FILE_BYTES } },
});

async function openSources(files: readonly File[], importer: Importer): Promise<Source[]> {
  const sources: Source[] = [];
  for (const file of files) {
    if (!isZip(file)) {
      sources.push({ kind: 'file', file });
      importer.counts.total += 1;
      continue;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const listing = listZip(bytes);
    if (!listing.ok) {
      importer.refuse(file.name, { kind: 'archive', problem: listing.problem });
      continue;
    }
    importer.skipped += listing.skipped;
    importer.counts.total += listing.entries.length;
    sources.push({ kind: 'archive', file, bytes, entries: listing.entries });
  }
  return sources;
}

async function readPlainFiles(files: readonly File[], importer: Importer): Promise<void> {
  for (let start = 0; start < files.length && !importer.cancelled; start += PARALLEL_READS) {
    const group = files.slice(start, start + PARALLEL_READS);
    const contents = await Promise.all(
      group.map(async (file) =>
        file.size > MAX_CONTRIBUTION_FILE_BYTES ? null : new Uint8Array(await file.arrayBuffer()),
      ),
    );
    for (const [at, file] of group.entries()) {
      const bytes = contents[at];
      if (bytes === null || bytes === undefined) {
        importer.counts.read += 1;
        importer.refuse(file.name, tooLarge(file.size));
      } else await importer.accept(file.name, bytes);
    }
    importer.progress();
  }
}

async function readArchive(
  source: Extract<Source, { kind: 'archive' }>,
  importer: Importer,
): Promise<void> {
  const { entries, bytes, file } = source;
  for (let start = 0; start < entries.length && !importer.cancelled; start += BATCH) {
    const group = entries.slice(start, start + BATCH);
    const fits = group.filter((entry) => entry.size <= MAX_CONTRIBUTION_FILE_BYTES);
    const inflated = inflateEntries(bytes, fits);
    for (const entry of group) {
      const name = `${file.name} › ${entry.name}`;
      const data = inflated.get(entry.index);
      if (entry.size > MAX_CONTRIBUTION_FILE_BYTES) {
        importer.counts.read += 1;
        importer.refuse(name, tooLarge(entry.size));
      } else if (data === undefined) {
        importer.counts.read += 1;
        importer.refuse(name, { kind: 'archive', problem: 'unreadable' });
      } else await importer.accept(name, data);
    }
    importer.progress();
  }
}

export async function importContributionFiles(
  files: readonly File[],
  options: ImportOptions,
): Promise<ImportOutcome> {
  const importer = new Importer(options);
  const sources = await openSources(files, importer);
  importer.progress();
  const plain = sources.flatMap((source) => (source.kind === 'file' ? [source.file] : []));
  await readPlainFiles(plain, importer);
  for (const source of sources) {
    if (importer.cancelled) break;
    if (source.kind === 'archive') await readArchive(source, importer);
  }
  // What was read before a stop is kept: each file was accepted on its own.
  await importer.flush();
  return {
    ...importer.counts,
    refusedFiles: importer.refusedFiles,
    skipped: importer.skipped,
    cancelled: importer.cancelled,
  };
}
