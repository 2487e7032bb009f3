// Reads the chosen contribution files on the page and hands their bytes to the import worker. Every
// synchronous use of a chosen file (its size, joining it into a blob, copying it to a worker) makes the
// browser look it up on disk, and while the worker reads, such a lookup can wait hundreds of
// milliseconds: 10,000 of them froze the page. Reading a file's bytes is asynchronous, so the page
// reads them (a few at a time), and sends each group's bytes to the worker without copying them.
// Files not named .json (archives, and anything else), and files that cannot be read here or are
// larger than a contribution can be, go over as files: the worker sorts them out.
import { MAX_CONTRIBUTION_FILE_BYTES, type FileBatch, type ReadFiles } from '../../storage/sector';

/** Files per group sent to the worker, and reads under way at once. */
const GROUP = 250;
const READS_AT_ONCE = 32;
/** Files sent but not yet read by the worker: beyond this, the page waits (bytes in memory stay
 *  bounded however many files are chosen). */
const AHEAD_OF_WORKER = 2_500;

export interface HandOver {
  send: (batch: FileBatch, transfer: ArrayBuffer[]) => void;
  isCancelled: () => boolean;
  /** Files the worker has read so far. */
  readByWorker: () => number;
}

const isJsonName = (file: File): boolean => /\.json$/i.test(file.name);

/** The file's bytes, or null when they cannot be read here or are too many for a contribution. */
async function bytesOf(file: File): Promise<Uint8Array | null> {
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    return bytes.byteLength > MAX_CONTRIBUTION_FILE_BYTES ? null : bytes;
  } catch {
    return null;
  }
}

/** Each file's bytes (null for one read apart), reading a few at a time. */
async function readGroup(files: readonly File[]): Promise<(Uint8Array | null)[]> {
  const contents: (Uint8Array | null)[] = files.map(() => null);
  let next = 0;
  const reader = async () => {
    for (let at = next++; at < files.length; at = next++) {
      const file = files[at];
      if (file !== undefined && isJsonName(file)) contents[at] = await bytesOf(file);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READS_AT_ONCE, files.length) }, reader));
  return contents;
}

/** One group as the worker takes it: the bytes read, one after another, and the files sent apart. */
function batchOf(
  files: readonly File[],
  contents: readonly (Uint8Array | null)[],
): FileBatch & { read: ReadFiles[] } {
  const names: string[] = [];
  const sizes: number[] = [];
  const apart: File[] = [];
  const parts: Uint8Array[] = [];
  files.forEach((file, at) => {
    const bytes = contents[at];
    if (bytes === null || bytes === undefined) apart.push(file);
    else {
      names.push(file.name);
      sizes.push(bytes.byteLength);
      parts.push(bytes);
    }
  });
  const bytes = new Uint8Array(sizes.reduce((sum, size) => sum + size, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  const read: ReadFiles[] = names.length > 0 ? [{ bytes, names, sizes }] : [];
  return { read, joined: [], apart };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function handOverFiles(
  files: readonly File[],
  { send, isCancelled, readByWorker }: HandOver,
): Promise<void> {
  let sent = 0;
  for (let start = 0; start < files.length && !isCancelled(); start += GROUP) {
    while (sent - readByWorker() > AHEAD_OF_WORKER && !isCancelled()) await pause(50);
    if (isCancelled()) return;
    const group = files.slice(start, start + GROUP);
    const batch = batchOf(group, await readGroup(group));
    send(
      batch,
      batch.read.map((read) => read.bytes.buffer as ArrayBuffer),
    );
    sent += group.length;
  }
}
