// Reads chosen files ahead of their checks: while the import checks one group of files, the browser is
// already reading the next groups from disk. Each read is a round trip to the browser, so files are
// read a group at a time, as one blob. A group holds whatever has arrived when a read can start (up to
// a bound): the first files are read at once, and groups grow while earlier reads are under way.
import type { BatchQueue } from './batch-queue';

/** Files read together: bounded in files and bytes. */
const GROUP_FILES = 250;
const GROUP_BYTES = 4 * 1024 * 1024;
/** Groups being read or read and waiting to be checked: enough to keep the disk busy, few in memory. */
const GROUPS_AHEAD = 3;

export type ReadAhead =
  /** Files and their bytes, in the order they arrived. */
  | { files: File[]; contents: Uint8Array[]; apart?: never }
  /** A file the caller reads on its own (an archive, a file too large to be read). */
  | { apart: File; files?: never };

export interface ReadAheadOptions {
  /** Files left for the caller to read on its own. */
  apart: (file: File) => boolean;
  isStopped: () => boolean;
}

type Pending = { files: File[]; contents: Promise<Uint8Array[]> } | { apart: File };

/** The bytes of each file of a group, read as one blob; one file at a time if that fails (a file
 *  changed or removed since it was chosen fails the joined read, and then fails on its own). */
async function readGroup(group: readonly File[]): Promise<Uint8Array[]> {
  try {
    const all = new Uint8Array(await new Blob([...group]).arrayBuffer());
    let at = 0;
    return group.map((file) => {
      const bytes = all.subarray(at, at + file.size);
      at += file.size;
      return bytes;
    });
  } catch {
    return Promise.all(group.map(async (file) => new Uint8Array(await file.arrayBuffer())));
  }
}

/** Takes from `waiting` the next group of files to read together, or a file to read apart. */
function nextPending(waiting: File[], options: ReadAheadOptions): Pending {
  const first = waiting[0];
  if (first !== undefined && options.apart(first)) {
    waiting.shift();
    return { apart: first };
  }
  let count = 0;
  let bytes = 0;
  for (const file of waiting) {
    if (options.apart(file)) break;
    if (count > 0 && (count >= GROUP_FILES || bytes + file.size > GROUP_BYTES)) break;
    count += 1;
    bytes += file.size;
  }
  const files = waiting.splice(0, count);
  const contents = readGroup(files);
  // awaited when the group's turn comes; a read left behind by a stop is no error
  contents.catch(() => undefined);
  return { files, contents };
}

/** The arriving files, read a group at a time, in the order they arrived, until the queue ends or
 *  the import stops. */
export async function* readAhead(
  arriving: BatchQueue<File>,
  options: ReadAheadOptions,
): AsyncGenerator<ReadAhead> {
  const ahead: Pending[] = [];
  let waiting: File[] = [];
  let ended = false;
  while (!options.isStopped()) {
    // start reads until enough are under way, with what has arrived
    while (!ended && ahead.length < GROUPS_AHEAD) {
      waiting.push(...arriving.takeArrived());
      if (waiting.length === 0) {
        if (ahead.length > 0) break; // check what is read; more files will have arrived by then
        waiting = await arriving.take();
        if (waiting.length === 0) ended = true;
        continue;
      }
      ahead.push(nextPending(waiting, options));
    }
    const next = ahead.shift();
    if (next === undefined) return;
    if ('apart' in next) yield { apart: next.apart };
    else yield { files: next.files, contents: await next.contents };
  }
}
