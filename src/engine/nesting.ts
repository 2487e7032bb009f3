// How deeply a parsed JSON value nests. Checked before anything recursive (schema parsing, canonical
// JSON for hashes) touches a value from outside, because a few kilobytes of "[[[[…" would otherwise
// overflow the call stack.

/** Far deeper than any Boussole file or questionnaire needs (they nest about ten levels). */
export const MAX_NESTING = 64;

/** Whether an array or object is nested more than `limit` levels deep: the quick pass every value
 * gets (files are read by the thousand), keeping depths rather than paths. */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  const values: unknown[] = [value];
  const depths: number[] = [0];
  for (let next = values.pop(); next !== undefined; next = values.pop()) {
    const depth = depths.pop() ?? 0;
    if (typeof next !== 'object' || next === null) continue;
    if (depth >= limit) return true;
    for (const child of Array.isArray(next) ? next : Object.values(next)) {
      if (typeof child === 'object' && child !== null) {
        values.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}

/**
 * The path of the first array or object nested more than `limit` levels deep, or null when the value
 * stays within it. Iterative, so the check itself cannot overflow.
 */
export function tooDeep(value: unknown, limit = MAX_NESTING): (string | number)[] | null {
  if (!nestsDeeperThan(value, limit)) return null;
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
