// A quick nesting check for values read by the thousand (sector snapshot imports): keeps depths
// rather than paths, 5–8 times faster than `tooDeep`, which names the path and runs only for a value
// this finds too deep. Apart from nesting.ts so that the first screens do not carry it.
import { MAX_NESTING } from './nesting';

/** Whether an array or object is nested more than `limit` levels deep (as `tooDeep` finds). */
export function nestsDeeperThan(value: unknown, limit = MAX_NESTING): boolean {
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
