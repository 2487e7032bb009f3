import { describe, expect, it } from 'vitest';
import { handOverFiles } from '../../../src/state/sector/read-chosen-files';
import type { FileBatch } from '../../../src/storage/sector';
import { MAX_CONTRIBUTION_FILE_BYTES } from '../../../src/storage/sector';

const jsonFiles = (count: number) =>
  Array.from({ length: count }, (_, i) => new File([`{"n":${String(i)}}`], `c-${String(i)}.json`));

/** Each file the worker would get, in order: read ones by name and text, apart ones by name. */
function received(batches: readonly FileBatch[]): { read: string[]; apart: string[] } {
  const read: string[] = [];
  const apart: string[] = [];
  const decoder = new TextDecoder();
  for (const batch of batches) {
    for (const { bytes, names, sizes } of batch.read ?? []) {
      let at = 0;
      names.forEach((name, i) => {
        const size = sizes[i] ?? 0;
        read.push(`${name} ${decoder.decode(bytes.subarray(at, at + size))}`);
        at += size;
      });
    }
    apart.push(...batch.apart.map((file) => file.name));
  }
  return { read, apart };
}

const collect = () => {
  const batches: FileBatch[] = [];
  const transfers: ArrayBuffer[][] = [];
  return {
    batches,
    transfers,
    send: (batch: FileBatch, transfer: ArrayBuffer[]) => {
      batches.push(batch);
      transfers.push(transfer);
    },
  };
};

describe('reading chosen files for the import worker', () => {
  it("sends every contribution file's bytes once, in order, a group at a time, without copying", async () => {
    const chosen = jsonFiles(600);
    const { batches, transfers, send } = collect();
    await handOverFiles(chosen, { send, isCancelled: () => false, readByWorker: () => 600 });
    expect(batches.length).toBeGreaterThan(1);
    expect(received(batches).read).toEqual(
      chosen.map((file, i) => `${file.name} {"n":${String(i)}}`),
    );
    // each group's bytes are handed over (transferred), not copied
    batches.forEach((batch, i) => {
      expect(transfers[i]).toEqual((batch.read ?? []).map((read) => read.bytes.buffer));
    });
  });

  it('sends archives, files not named .json and files too large to be a contribution as files, for the worker to sort out', async () => {
    const huge = new File([new Uint8Array(MAX_CONTRIBUTION_FILE_BYTES + 1)], 'huge.json');
    const chosen = [
      new File(['{}'], 'a.json'),
      new File(['PK'], 'bundle.zip'),
      new File(['{}'], 'notes.txt'),
      huge,
      new File(['{}'], 'b.JSON'),
    ];
    const { batches, send } = collect();
    await handOverFiles(chosen, { send, isCancelled: () => false, readByWorker: () => 5 });
    const { read, apart } = received(batches);
    expect(read).toEqual(['a.json {}', 'b.JSON {}']);
    expect(apart).toEqual(['bundle.zip', 'notes.txt', 'huge.json']);
    expect(batches.flatMap((batch) => batch.apart)[2]).toBe(huge);
  });

  it('stops when the import is cancelled', async () => {
    const { batches, send } = collect();
    await handOverFiles(jsonFiles(1000), {
      send,
      isCancelled: () => batches.length >= 1,
      readByWorker: () => 0,
    });
    expect(batches).toHaveLength(1);
  });

  it('waits while the worker is far behind, and goes on as it catches up', async () => {
    const { batches, send } = collect();
    let readByWorker = 0;
    const chosen = jsonFiles(4000);
    const handing = handOverFiles(chosen, {
      send,
      isCancelled: () => false,
      readByWorker: () => readByWorker,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const sentWhileBehind = received(batches).read.length;
    expect(sentWhileBehind).toBeGreaterThan(0);
    expect(sentWhileBehind).toBeLessThan(chosen.length);
    readByWorker = chosen.length;
    await handing;
    expect(received(batches).read).toHaveLength(chosen.length);
  });
});
