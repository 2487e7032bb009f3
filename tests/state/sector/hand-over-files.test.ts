import { describe, expect, it } from 'vitest';
import { handOverFiles } from '../../../src/state/sector/hand-over-files';

const files = (count: number) =>
  Array.from({ length: count }, (_, i) => new File(['{}'], `contribution-${String(i)}.json`));

describe('handing files over to the import worker', () => {
  it('hands over every file once, in order, a slice at a time', async () => {
    const chosen = files(500);
    const slices: File[][] = [];
    await handOverFiles(
      chosen,
      (slice) => slices.push(slice),
      () => false,
    );
    expect(slices.flat()).toEqual(chosen);
    expect(slices[0]!.length).toBeLessThan(chosen.length);
  });

  it('grows slices at most twice over, so one quick slice never makes the next one long', async () => {
    const slices: File[][] = [];
    await handOverFiles(
      files(500),
      (slice) => slices.push(slice),
      () => false,
    );
    for (const [at, slice] of slices.entries())
      if (at > 0) expect(slice.length).toBeLessThanOrEqual(2 * slices[at - 1]!.length);
  });

  it('stops handing over when the import is cancelled', async () => {
    const slices: File[][] = [];
    await handOverFiles(
      files(500),
      (slice) => slices.push(slice),
      () => slices.length >= 1,
    );
    expect(slices).toHaveLength(1);
  });
});
