// Hands files to the import worker a few at a time. Joining chosen files (or copying them to a worker)
// makes the browser look each one up on disk (about half a millisecond a file, more on a busy
// machine), so 10,000 files in one message would freeze the page for seconds. Each slice is sized to take about SLICE_MS, then the page gets
// its turn (input, painting the progress) before the next.
const SLICE_MS = 25;
const FIRST_SLICE = 8;
const LARGEST_SLICE = 1000;

/** Gives the page its turn without setTimeout's minimum delay between nested calls. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export async function handOverFiles(
  files: readonly File[],
  send: (slice: File[]) => void,
  isCancelled: () => boolean,
): Promise<void> {
  let size = FIRST_SLICE;
  for (let at = 0; at < files.length && !isCancelled();) {
    const slice = files.slice(at, at + size);
    const started = performance.now();
    send(slice);
    const took = Math.max(performance.now() - started, 0.5);
    at += slice.length;
    // at most twice as many files as the last slice: one quick slice (the browser had the files'
    // details at hand) must not make the next one long
    const fits = Math.round((slice.length * SLICE_MS) / took);
    size = Math.min(LARGEST_SLICE, slice.length * 2, Math.max(1, fits));
    await yieldToPage();
  }
}
