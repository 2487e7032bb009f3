// fast-check generators for hostile input: random bytes, text and JSON, and near-valid documents made
// by mutating a valid one (keys dropped, wrong types, huge strings, future versions, deep nesting,
// prototype keys such as "__proto__").
import fc from 'fast-check';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Keys that mean something to JavaScript objects, plus a few that mean something to Boussole. */
export const hostileKeys = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '',
  'format',
  'checksum',
] as const;

/** The value hostile "__proto__" keys carry: if it ever reaches Object.prototype, `polluted` shows it. */
const pollution = { polluted: 'yes' };

export const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(
    null,
    true,
    false,
    0,
    -1,
    1.5,
    1e308,
    -1e308,
    2 ** 53 + 2,
    '',
    ' ',
    '1.0.0',
    '99.0.0',
    '1.0',
    'boussole-response',
    'boussole-backup',
    '2026-01-01T00:00:00Z',
    'not a date',
    '<img src=x onerror=alert(1)>',
    '0'.repeat(64),
    {},
    [],
    [[[]]],
    pollution,
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
);

/** Sets an own property, as JSON.parse does, even for "__proto__" (plain assignment would not). */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** Wraps a value in `depth` arrays or objects, without recursion. */
export function nest(value: Json, depth: number, inObjects = false): Json {
  let nested = value;
  for (let i = 0; i < depth; i++) nested = inObjects ? { a: nested } : [nested];
  return nested;
}

export type Mutation =
  | { kind: 'drop'; at: number }
  | { kind: 'set'; at: number; value: Json }
  | { kind: 'add-key'; at: number; key: string; value: Json }
  | { kind: 'nest'; at: number; depth: number }
  | { kind: 'huge'; at: number; length: number }
  | { kind: 'plausible'; at: number; pick: number };

/** Values of the right type for a place but maybe wrong for it: they get past the structure checks. */
const plausibleStrings = [
  'yes',
  'partly',
  'no',
  'constructor',
  '__proto__',
  '<img src=x onerror=alert(1)>',
  '2026-02-29T12:00:00.000Z',
  '1999-12-31T23:59:59+05:00',
  '9.9.9',
  'mfa-email',
  'backups-tested',
  'a'.repeat(64),
  'Hélène « TI » ; urgent !',
];
const plausibleNumbers = [0, 1, 2, 4, 5, -1, 0.5, 1e9];
const plausibleAnswer = { value: 'yes', answeredAt: '2026-01-01T00:00:00.000Z' };

function plausibleReplacement(current: unknown, pick: number): unknown {
  if (typeof current === 'string') return plausibleStrings[pick % plausibleStrings.length];
  if (typeof current === 'number') return plausibleNumbers[pick % plausibleNumbers.length];
  if (typeof current === 'boolean') return !current;
  if (Array.isArray(current)) return pick % 2 === 0 ? [] : (current as unknown[]).concat(current);
  return current;
}

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constant('plausible' as const), at: fc.nat(), pick: fc.nat() }),
  },
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: hostileValue }),
  fc.record({
    kind: fc.constant('add-key' as const),
    at: fc.nat(),
    key: fc.oneof(fc.constantFrom(...hostileKeys), fc.string({ maxLength: 8 })),
    value: hostileValue,
  }),
  fc.record({
    kind: fc.constant('nest' as const),
    at: fc.nat(),
    depth: fc.constantFrom(2, 50, 1_000, 20_000),
  }),
  fc.record({
    kind: fc.constant('huge' as const),
    at: fc.nat(),
    // just past the limits on respondents, notes and text answers, and one far past them
    length: fc.constantFrom(201, 4_001, 10_001, 30_001),
  }),
);

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null;
}

/**
 * The paths in a document, root first, down to a depth well below any nesting a mutation adds.
 * Iterative, so a deep document cannot overflow the stack.
 */
function paths(root: unknown, maxDepth = 12): Path[] {
  const found: Path[] = [];
  const pending: { value: unknown; path: Path }[] = [{ value: root, path: [] }];
  while (pending.length > 0) {
    const { value, path } = pending.pop() ?? { value: null, path: [] };
    found.push(path);
    if (!isContainer(value) || path.length >= maxDepth) continue;
    for (const key of Object.keys(value)) {
      const child: unknown = (value as Record<string, unknown>)[key];
      pending.push({ value: child, path: [...path, Array.isArray(value) ? Number(key) : key] });
    }
  }
  return found;
}

function parentOf(root: unknown, path: Path): Record<string, unknown> | undefined {
  let node: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (!isContainer(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return isContainer(node) ? (node as Record<string, unknown>) : undefined;
}

/** Applies mutations to a deep copy of `valid`; paths are picked among those present at each step. */
export function mutate(valid: Json, mutations: readonly Mutation[]): Json {
  let root: unknown = structuredClone(valid);
  for (const mutation of mutations) {
    const available = paths(root);
    const path = available[mutation.at % available.length] ?? [];
    const key = path[path.length - 1];
    const parent = parentOf(root, path);
    const current: unknown = key === undefined ? root : parent?.[key];
    const replace = (value: unknown) => {
      if (key === undefined) root = value;
      else if (parent) setOwn(parent, String(key), value);
    };
    switch (mutation.kind) {
      case 'drop':
        if (key === undefined) root = null;
        else if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else if (parent) Reflect.deleteProperty(parent, key);
        break;
      case 'set':
        replace(structuredClone(mutation.value));
        break;
      case 'add-key':
        if (isContainer(current) && !Array.isArray(current))
          setOwn(current, mutation.key, structuredClone(mutation.value));
        else replace({ [mutation.key]: structuredClone(mutation.value) });
        break;
      case 'nest':
        replace(nest(current as Json, mutation.depth, mutation.depth % 2 === 0));
        break;
      case 'huge':
        replace('é'.repeat(mutation.length));
        break;
      case 'plausible':
        if (isContainer(current) && !Array.isArray(current))
          setOwn(
            current,
            plausibleStrings[mutation.pick % plausibleStrings.length] ?? 'x',
            structuredClone(plausibleAnswer),
          );
        else replace(plausibleReplacement(current, mutation.pick));
        break;
    }
  }
  return root as Json;
}

/**
 * 1-3 mutations of a valid document. The property applies them with `mutate`: generated values stay
 * small descriptions, so fast-check can print a failing case even when it nests 20,000 deep.
 */
export const mutations = fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 });

/** Anything a file could hold: bytes, text (some of it almost JSON) and JSON values. */
export const randomBytes = fc.uint8Array({ maxLength: 2_000 });
export const randomText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 500 }),
  fc.json({ maxDepth: 4 }),
  fc.json({ maxDepth: 4 }).map((text) => text.slice(0, Math.floor(text.length / 2))),
  fc.constantFrom(1_000, 20_000).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
  fc.constantFrom(1_000, 20_000).map((depth) => '{"a":'.repeat(depth) + 'null' + '}'.repeat(depth)),
);
export const randomJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 5 }),
  fc.anything({ withNullPrototype: true, withSparseArray: true, maxDepth: 4 }),
  fc.dictionary(fc.constantFrom(...hostileKeys), hostileValue, { maxKeys: 6 }),
);

/** True while no hostile input has reached Object.prototype. */
export function prototypeIntact(): boolean {
  return !('polluted' in {}) && Object.getPrototypeOf({}) === Object.prototype;
}
