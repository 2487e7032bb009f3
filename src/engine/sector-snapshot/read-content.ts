// Parses the content of a sector snapshot file (a contribution or a benchmark), bounded: nesting
// first (so nothing recursive meets "[[[[…"), then the schema, then the checks a schema cannot make.
import type { z } from 'zod/mini';
import { MAX_NESTING, tooDeep } from '../nesting';
import { nestsDeeperThan } from '../nesting-depth';
import { jsonPath } from '../prepare';

/** The file's shape is wrong: `path` names where (for a technical detail, never the message itself). */
export interface StructureProblem {
  problem: 'invalid-structure';
  path: string;
  tooDeep: boolean;
}

export type ContentRead<T, P> =
  { ok: true; value: T } | { ok: false; problems: readonly (StructureProblem | P)[] };

export function readContent<T, P>(
  raw: unknown,
  schema: z.ZodMiniType<T>,
  check: (value: T) => P[],
): ContentRead<T, P> {
  const deep = nestsDeeperThan(raw, MAX_NESTING) ? tooDeep(raw, MAX_NESTING) : null;
  if (deep !== null)
    return {
      ok: false,
      problems: [{ problem: 'invalid-structure', path: jsonPath(deep.slice(0, 3)), tooDeep: true }],
    };
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return {
      ok: false,
      problems: [
        { problem: 'invalid-structure', path: jsonPath(first?.path ?? []), tooDeep: false },
      ],
    };
  }
  const problems = check(parsed.data);
  return problems.length === 0 ? { ok: true, value: parsed.data } : { ok: false, problems };
}
