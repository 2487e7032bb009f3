// Whether two copies of a record say the same: compared in place (a backup can hold hundreds of
// thousands of records), with the same answer as comparing their canonical JSON text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/engine/content-hash';
import { sameValue } from '../../../src/storage/transfer/record-kinds';

/** The same value with every object's members in the opposite order. */
const reordered = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(reordered)
    : value !== null && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .reverse()
            .map(([k, v]) => [k, reordered(v)]),
        )
      : value;

describe('comparing two values read from files', () => {
  it('agrees with comparing their canonical JSON, whatever the order of their members (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(sameValue(a, b)).toBe(canonicalJson(a) === canonicalJson(b));
        expect(sameValue(a, reordered(a))).toBe(true);
      }),
    );
  });

  it('counts a member set to undefined as absent, as a file would', () => {
    expect(sameValue({ note: undefined, value: 'yes' }, { value: 'yes' })).toBe(true);
    expect(sameValue({ value: 'yes' }, { value: 'yes', note: '' })).toBe(false);
  });

  it('tells an array from an object with the same members, and keeps an array’s order', () => {
    expect(sameValue(['a'], { 0: 'a' })).toBe(false);
    expect(sameValue(['a', 'b'], ['b', 'a'])).toBe(false);
  });
});
