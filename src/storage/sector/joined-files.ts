// Chosen files as the import receives them: contribution files already read (by the page, which
// reads them without blocking itself), or joined into blobs of a few hundred files (with each file's
// name and size, to split the bytes again; a joined blob is read in one round trip to the browser),
// and the files to read on their own (archives, and files too large to be a contribution, refused
// without being read).
import { MAX_CONTRIBUTION_FILE_BYTES } from './contribution-file';

/** Files joined together: up to this many files and bytes. */
const JOINED_FILES = 250;
const JOINED_BYTES = 4 * 1024 * 1024;

export interface JoinedFiles {
  blob: Blob;
  names: string[];
  sizes: number[];
}

/** Files already read: their bytes one after another, with each file's name and size. */
export interface ReadFiles {
  bytes: Uint8Array;
  names: string[];
  sizes: number[];
}

export interface FileBatch {
  /** Taken first, in order. */
  read?: ReadFiles[];
  joined: JoinedFiles[];
  /** Read on their own, after the joined files. */
  apart: File[];
}

/** Judged from the name alone: reading a chosen file's type asks the browser, a round trip per file
 *  (on the page, 10,000 of them froze it for seconds). */
export const hasZipName = (file: File): boolean => /\.zip$/i.test(file.name);

/** A .zip by name, or by the type the browser gives a file not named .json (asked only of those:
 *  never of the .json files that make up most imports). */
export const isZipFile = (file: File): boolean =>
  hasZipName(file) || (!/\.json$/i.test(file.name) && file.type === 'application/zip');

const joinedOf = (files: readonly File[]): JoinedFiles => ({
  blob: new Blob([...files]),
  names: files.map((file) => file.name),
  sizes: files.map((file) => file.size),
});

/** Joins the contribution files among `files` (in order, a bounded group per blob) and sets the
 *  others apart. */
export function joinFiles(files: readonly File[]): FileBatch {
  const apart: File[] = [];
  const joined: JoinedFiles[] = [];
  let group: File[] = [];
  let bytes = 0;
  for (const file of files) {
    if (isZipFile(file) || file.size > MAX_CONTRIBUTION_FILE_BYTES) {
      apart.push(file);
      continue;
    }
    if (group.length > 0 && (group.length >= JOINED_FILES || bytes + file.size > JOINED_BYTES)) {
      joined.push(joinedOf(group));
      group = [];
      bytes = 0;
    }
    group.push(file);
    bytes += file.size;
  }
  if (group.length > 0) joined.push(joinedOf(group));
  return { joined, apart };
}
