// Turns a zod parse of an imported file into a typed result naming the first thing that is wrong.
import type { z } from 'zod/mini';
import { jsonPath } from '../../engine/prepare';
import { refuse, type Parsed } from './import-error';

export function parseStructure<T>(schema: z.ZodMiniType<T>, raw: unknown): Parsed<T> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return refuse('invalid-structure', {
    path: jsonPath(issue?.path ?? []),
    problem: issue?.code ?? 'invalid',
  });
}
