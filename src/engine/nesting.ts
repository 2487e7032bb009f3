// How deeply a parsed JSON value nests. Checked before anything recursive (schema parsing, canonical
// JSON for hashes) touches a value from outside, because a few kilobytes of "[[[[…" would otherwise
// overflow the call stack.

/** Far deeper than any Boussole file or questionnaire needs (they nest about ten levels). */
export const MAX_NESTING = 64;

/**
 * The path of the first array or object nested more than `limit` levels deep, or null when the value
 * stays within it. Iterative, so the check itself cannot overflow.
 */
export function tooDeep(value: unknown, limit = MAX_NESTING): (string | number)[] | null {
  const pending: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next.value !== 'object' || next.value === null) continue;
    if (next.path.length >= limit) return next.path;
    const isArray = Array.isArray(next.value);
    for (const [key, child] of Object.entries(next.value)) {
      pending.push({ value: child, path: [...next.path, isArray ? Number(key) : key] });
    }
  }
  return null;
}
