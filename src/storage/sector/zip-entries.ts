// Reads contribution files out of a .zip, a batch at a time, with fflate (small, no dependencies, and
// sync inflation fits a worker). Bounded: the archive's size, its number of entries, and each entry's
// declared size are checked before anything is inflated, and an entry is never inflated past its
// declared size, so a "zip bomb" costs no more than the limits below.
import { unzipSync, type UnzipFileInfo } from 'fflate';

/** 10,000 contributions zip to ~10 MB; a collector's archive of several years stays far below this. */
export const MAX_ZIP_BYTES = 256 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 100_000;

export interface ZipEntry {
  /** Position among the archive's entries, so entries with the same name stay apart. */
  index: number;
  name: string;
  /** Declared uncompressed size. */
  size: number;
}

export type ZipListing =
  | { ok: true; entries: ZipEntry[]; skipped: number }
  | { ok: false; problem: 'unreadable' | 'too-large' | 'too-many-files' };

/** Folders, macOS resource forks and anything but .json files are not contributions. */
export const isContributionName = (name: string): boolean =>
  /\.json$/i.test(name) && !name.startsWith('__MACOSX/') && !/(^|\/)\._/.test(name);

/** The .json entries of an archive, without inflating any. */
export function listZip(bytes: Uint8Array): ZipListing {
  if (bytes.byteLength > MAX_ZIP_BYTES) return { ok: false, problem: 'too-large' };
  const entries: ZipEntry[] = [];
  let index = 0;
  let skipped = 0;
  try {
    unzipSync(bytes, {
      filter: (file: UnzipFileInfo) => {
        const at = index++;
        // beyond the limit entries are only counted (the archive is refused); folders hold nothing
        if (at < MAX_ZIP_ENTRIES && !file.name.endsWith('/')) {
          if (isContributionName(file.name))
            entries.push({ index: at, name: file.name, size: file.originalSize });
          else skipped += 1;
        }
        return false;
      },
    });
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  return index > MAX_ZIP_ENTRIES
    ? { ok: false, problem: 'too-many-files' }
    : { ok: true, entries, skipped };
}

/**
 * Inflates the given entries (found by `listZip`, each already within its size limit). An entry that
 * cannot be inflated is absent from the result.
 */
export function inflateEntries(
  bytes: Uint8Array,
  wanted: readonly ZipEntry[],
): Map<number, Uint8Array> {
  const positions = new Set(wanted.map((entry) => entry.index));
  const out = new Map<number, Uint8Array>();
  let index = 0;
  const names = new Map<string, number>();
  try {
    const files = unzipSync(bytes, {
      filter: (file: UnzipFileInfo) => {
        const at = index++;
        if (!positions.has(at)) return false;
        names.set(file.name, at);
        return true;
      },
    });
    for (const [name, data] of Object.entries(files)) {
      const at = names.get(name);
      if (at !== undefined) out.set(at, data);
    }
  } catch {
    // A damaged entry stops fflate; the batch's entries are read one by one instead.
    if (wanted.length > 1)
      for (const entry of wanted)
        for (const [at, data] of inflateEntries(bytes, [entry])) out.set(at, data);
  }
  return out;
}
