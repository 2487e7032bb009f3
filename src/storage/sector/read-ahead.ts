// Reads the files of an import ahead of their checks: while the import checks one group of files, the
// browser is already reading the next groups. Each read is a round trip to the browser, so the joined
// files that have arrived are read together, up to a bound: the first files are read at once, and
// reads grow while earlier ones are under way.
import type { BatchQueue } from './batch-queue';
import type { FileBatch, JoinedFiles, ReadFiles } from './joined-files';

/** Files read together: bounded in files and bytes. */
const READ_FILES = 250;
const READ_BYTES = 4 * 1024 * 1024;
/** Reads under way, or done and waiting to be checked: enough to keep the browser busy, few in
 *  memory. */
const READS_AHEAD = 3;

export type ReadAhead =
  /** Files and their bytes (null: the file could not be read), in the order they arrived. */
  | { names: string[]; contents: (Uint8Array | null)[]; apart?: never }
  /** A file the caller reads on its own (an archive, a file too large to be read). */
  | { apart: File; names?: never };

type Part = { read: ReadFiles } | { joined: JoinedFiles } | { apart: File };
type Pending = { names: string[]; contents: Promise<(Uint8Array | null)[]> } | { apart: File };

/** Each file's bytes, from the bytes of the files joined. */
function split(all: Uint8Array, sizes: readonly number[]): Uint8Array[] {
  let at = 0;
  return sizes.map((size) => {
    const bytes = all.subarray(at, at + size);
    at += size;
    return bytes;
  });
}

/** The bytes of each file, read in one go; one file at a time if that fails (a file changed or
 *  removed since it was chosen fails the joined read, and then fails on its own: null, refused
 *  alone while the others are imported). */
async function readJoined(blob: Blob, sizes: readonly number[]): Promise<(Uint8Array | null)[]> {
  try {
    return split(new Uint8Array(await blob.arrayBuffer()), sizes);
  } catch {
    let at = 0;
    return Promise.all(
      sizes.map(async (size) => {
        const start = at;
        at += size;
        try {
          return new Uint8Array(await blob.slice(start, start + size).arrayBuffer());
        } catch {
          return null;
        }
      }),
    );
  }
}

/** Starts reading the next joined files of `waiting` (as many as fit in one read), or takes the
 *  next file to read apart. */
function nextRead(waiting: Part[]): Pending | undefined {
  const first = waiting[0];
  if (first === undefined) return undefined;
  if ('apart' in first) {
    waiting.shift();
    return first;
  }
  if ('read' in first) {
    waiting.shift();
    const { bytes, names, sizes } = first.read;
    return { names, contents: Promise.resolve(split(bytes, sizes)) };
  }
  const blobs: Blob[] = [];
  const names: string[] = [];
  const sizes: number[] = [];
  let bytes = 0;
  for (let part = waiting[0]; part !== undefined && 'joined' in part; part = waiting[0]) {
    const { joined } = part;
    if (
      blobs.length > 0 &&
      (names.length + joined.names.length > READ_FILES || bytes + joined.blob.size > READ_BYTES)
    )
      break;
    waiting.shift();
    blobs.push(joined.blob);
    names.push(...joined.names);
    sizes.push(...joined.sizes);
    bytes += joined.blob.size;
  }
  const blob = blobs.length === 1 && blobs[0] !== undefined ? blobs[0] : new Blob(blobs);
  const contents = readJoined(blob, sizes);
  // awaited when its turn comes; a read left behind by a stop is no error
  contents.catch(() => undefined);
  return { names, contents };
}

const partsOf = (batch: FileBatch): Part[] => [
  ...(batch.read ?? []).map((read) => ({ read })),
  ...batch.joined.map((joined) => ({ joined })),
  ...batch.apart.map((apart) => ({ apart })),
];

/** The arriving files, read a group at a time in the order they arrived, until the queue ends or
 *  the import stops. */
export async function* readAhead(
  arriving: BatchQueue<FileBatch>,
  isStopped: () => boolean,
): AsyncGenerator<ReadAhead> {
  const ahead: Pending[] = [];
  const waiting: Part[] = [];
  let ended = false;
  while (!isStopped()) {
    // start reads until enough are under way, with what has arrived
    while (!ended && ahead.length < READS_AHEAD) {
      for (const batch of arriving.takeArrived()) waiting.push(...partsOf(batch));
      const read = nextRead(waiting);
      if (read !== undefined) ahead.push(read);
      else if (ahead.length > 0)
        break; // check what is read; more will have arrived by then
      else {
        const batches = await arriving.take();
        if (batches.length === 0) ended = true;
        for (const batch of batches) waiting.push(...partsOf(batch));
      }
    }
    const next = ahead.shift();
    if (next === undefined) return; // nothing under way and nothing more to come
    if ('apart' in next) yield { apart: next.apart };
    else yield { names: next.names, contents: await next.contents };
  }
}
