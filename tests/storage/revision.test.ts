import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bump, type Revision } from '../../src/storage/revision';
import { compareRevisions, joinRevisions } from '../../src/storage/revision-order';
import { revisionSchema } from '../../src/domain/revision-schema';

const A = 'aaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbb';
const C = 'cccccccccccccccc';

/** A revision after a sequence of writes by the given devices, starting from `from`. */
const written = (devices: string[], from?: Revision) =>
  devices.reduce<Revision | undefined>((revision, device) => bump(revision, device), from);

describe('revisions compare copies of a record by causality', () => {
  it('counts each device’s writes and names the last writer', () => {
    expect(written([A, A, B])).toEqual({ vector: { [A]: 2, [B]: 1 }, by: B });
  });

  it('tells which copy has seen the other’s writes', () => {
    const shared = written([A, B]);
    expect(compareRevisions(shared, shared)).toBe('same');
    expect(compareRevisions(shared, written([B], shared))).toBe('file-newer');
    expect(compareRevisions(written([A], shared), shared)).toBe('device-newer');
    expect(compareRevisions(written([A], shared), written([B], shared))).toBe('concurrent');
    expect(compareRevisions(undefined, shared)).toBe('unknown');
    expect(compareRevisions(shared, undefined)).toBe('unknown');
  });

  it('after joining, the joined copy has seen both, and a later write on either side is newer', () => {
    const base = written([A]);
    const mine = written([A, A], base);
    const theirs = written([B], base);
    const joined = joinRevisions(mine, theirs);
    expect(compareRevisions(joined, mine)).toBe('device-newer');
    expect(compareRevisions(joined, theirs)).toBe('device-newer');
    expect(compareRevisions(joined, written([B], theirs))).toBe('concurrent');
    expect(compareRevisions(joined, written([C], joined))).toBe('file-newer');
  });

  it('compares any two histories of writes consistently (property)', () => {
    const device = fc.constantFrom(A, B, C);
    fc.assert(
      fc.property(
        fc.array(device, { minLength: 1, maxLength: 6 }),
        fc.array(device, { minLength: 1, maxLength: 6 }),
        fc.array(device, { maxLength: 6 }),
        (shared, left, right) => {
          const base = written(shared);
          const mine = written(left, base);
          const theirs = written(right, base);
          const seen = compareRevisions(mine, theirs);
          // a copy written after the other is newer; the comparison is symmetric
          if (right.length === 0) expect(seen).toBe('device-newer');
          const mirrored = compareRevisions(theirs, mine);
          const flip = { 'file-newer': 'device-newer', 'device-newer': 'file-newer' } as const;
          expect(mirrored).toBe(
            seen === 'file-newer' || seen === 'device-newer' ? flip[seen] : seen,
          );
          // the join has seen both
          const joined = joinRevisions(mine, theirs);
          expect(['same', 'device-newer']).toContain(compareRevisions(joined, mine));
          expect(['same', 'device-newer']).toContain(compareRevisions(joined, theirs));
        },
      ),
    );
  });

  it('refuses revisions a file could use to smuggle text: only random device ids as keys', () => {
    expect(revisionSchema.safeParse({ vector: { [A]: 1 }, by: A }).success).toBe(true);
    expect(revisionSchema.safeParse({ vector: { 'Hélène Tremblay': 1 }, by: A }).success).toBe(
      false,
    );
    expect(revisionSchema.safeParse({ vector: { [A]: 1 }, by: B }).success).toBe(false);
    expect(revisionSchema.safeParse({ vector: { [A]: 0 }, by: A }).success).toBe(false);
    expect(revisionSchema.safeParse({ vector: { [A]: 1.5 }, by: A }).success).toBe(false);
  });
});
