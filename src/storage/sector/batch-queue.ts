// Batches that arrive one message at a time, read as they come: the import worker starts on the first
// files while the page is still handing over the rest.
export class BatchQueue<T> implements AsyncIterable<readonly T[]> {
  private readonly waiting: (readonly T[])[] = [];
  private ended = false;
  private wake: (() => void) | undefined;

  push(batch: readonly T[]): void {
    this.waiting.push(batch);
    this.wake?.();
  }

  end(): void {
    this.ended = true;
    this.wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<readonly T[]> {
    for (;;) {
      const next = this.waiting.shift();
      if (next !== undefined) yield next;
      else if (this.ended) return;
      else
        await new Promise<void>((resolve) => {
          this.wake = resolve;
        });
    }
  }
}
