import { describe, expect, it } from 'vitest';
import { MAX_NESTING, tooDeep } from '../../src/engine/nesting';
import { nestsDeeperThan } from '../../src/engine/nesting-depth';

/** `depth` arrays around a value, built without recursion. */
function nested(depth: number, inner: unknown = null): unknown {
  let value = inner;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe('the quick nesting check', () => {
  it('finds a value too deep exactly when the path-naming check does', () => {
    const values = [
      null,
      'text',
      { a: [{ b: 1 }] },
      nested(MAX_NESTING),
      nested(MAX_NESTING + 1),
      { answers: nested(MAX_NESTING) },
      [1, { deep: nested(MAX_NESTING - 1, { x: 1 }) }],
      [1, { deep: nested(MAX_NESTING - 1, { x: [] }) }],
    ];
    for (const value of values) expect(nestsDeeperThan(value)).toBe(tooDeep(value) !== null);
  });

  it('checks a million levels without overflowing the stack', () => {
    expect(nestsDeeperThan(nested(1_000_000))).toBe(true);
  });
});
