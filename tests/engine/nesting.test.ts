import { describe, expect, it } from 'vitest';
import { MAX_NESTING, tooDeep } from '../../src/engine/nesting';
import { parseQuestionnaire } from '../../src/engine/prepare';
import { exampleCopy } from '../support/example';

/** `depth` arrays around a value, built without recursion. */
function nested(depth: number, inner: unknown = null): unknown {
  let value = inner;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe('nesting depth', () => {
  it('accepts values up to the limit and names where a deeper one goes too far', () => {
    expect(tooDeep({ a: [{ b: 1 }] })).toBeNull();
    expect(tooDeep(nested(MAX_NESTING))).toBeNull();
    expect(tooDeep({ answers: nested(MAX_NESTING) })).toEqual([
      'answers',
      ...Array<number>(MAX_NESTING - 1).fill(0),
    ]);
  });

  it('checks a million levels without overflowing the stack', () => {
    expect(tooDeep(nested(1_000_000))).toHaveLength(MAX_NESTING);
  });

  it('makes a questionnaire with conditions nested thousands deep a listed problem, not a crash', () => {
    const definition = exampleCopy();
    let trigger: unknown = { op: 'dont-know', question: 'backups' };
    for (let i = 0; i < 20_000; i++) trigger = { op: 'not', condition: trigger };
    definition.recommendations[0]!.trigger = trigger;
    const parsed = parseQuestionnaire(definition);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issues).toHaveLength(1);
      expect(parsed.issues[0]?.path).toMatch(/^\$\.recommendations\[0\]\.trigger\.condition/);
      expect(parsed.issues[0]?.message).toContain('nested more than 64 levels deep');
    }
  });
});
