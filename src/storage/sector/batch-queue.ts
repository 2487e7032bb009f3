// Items that arrive in batches, one message at a time, taken as they come: the import worker starts on
// the first files while the page is still handing over the rest, and takes everything that arrived
// meanwhile in one go.
export class BatchQueue<T> {
  private waiting: T[] = [];
  private ended = false;
  private wake: (() => void) | undefined;

  push(batch: readonly T[]): void {
    for (const item of batch) this.waiting.push(item);
    this.wake?.();
  }

  end(): void {
    this.ended = true;
    this.wake?.();
  }

  /** Everything that arrived and was not taken yet, without waiting (empty when nothing has). */
  takeArrived(): T[] {
    const taken = this.waiting;
    this.waiting = [];
    return taken;
  }

  /** Everything that arrived, waiting for at least one item; empty once the queue has ended. */
  async take(): Promise<T[]> {
    while (this.waiting.length === 0 && !this.ended)
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
    return this.takeArrived();
  }
}
