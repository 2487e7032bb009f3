// Which cells of one measure may be published, so that no figure is ever about fewer than 5
// contributions, not even by subtracting one published view from others (README, "Sector snapshot").
//
// Rule 1: a view with fewer than MINIMUM_COUNT contributions is not published ('all' included; "not
//   stated" is never a view).
// Rule 2: for every published view A and every family of views (geography: regions and provinces, a
//   province inside its region; community size; staff band), take the largest published views of that
//   family lying wholly inside A: the contributions of A outside them must number 0 or at least
//   MINIMUM_COUNT. When they number 1 to 4, the smallest of those inner views (ties: the fixed view
//   order) is suppressed too, and every check runs again until nothing changes.
// Each round suppresses one more view, so it ends; with only 'all' left every check holds.
import { viewList, type ViewFamily } from './views';

/** No published figure stands on fewer contributions than this. */
export const MINIMUM_COUNT = 5;

const families: readonly ViewFamily[] = ['geography', 'communitySize', 'staffBand'];

/** How many contributions are in each view, and in each pair of views. */
export interface ViewCounts {
  /** n[v]: contributions in view v. */
  readonly n: ArrayLike<number>;
  /** both[a * views + b]: contributions in views a and b at once (views = viewList.length). */
  readonly both: ArrayLike<number>;
}

export const isSmallGroup = (count: number): boolean => count > 0 && count < MINIMUM_COUNT;

/** Published views of `inner`'s family inside `outer` that no other of them contains. */
function largestInside(
  counts: ViewCounts,
  published: readonly boolean[],
  outer: number,
  family: ViewFamily,
): number[] {
  const views = viewList.length;
  const inside = (b: number) => (counts.both[outer * views + b] ?? 0) === (counts.n[b] ?? 0);
  const inner = viewList.filter(
    (spec) =>
      spec.family === family && spec.index !== outer && published[spec.index] && inside(spec.index),
  );
  const chosen = new Set(inner.map((spec) => spec.index));
  // a province whose region is chosen lies inside it; regions and the values of other families never
  // overlap each other
  return inner
    .filter((spec) => spec.parent === null || !chosen.has(spec.parent))
    .map((spec) => spec.index);
}

export interface Residual {
  /** The published view A. */
  outer: number;
  family: ViewFamily;
  /** The largest published views of the family inside A. */
  largest: number[];
  /** Contributions of A outside them. */
  count: number;
}

/** For every published view and every family, the contributions left outside its inner views. */
export function* residuals(counts: ViewCounts, published: readonly boolean[]): Generator<Residual> {
  for (const outer of viewList) {
    if (!published[outer.index]) continue;
    for (const family of families) {
      const largest = largestInside(counts, published, outer.index, family);
      const covered = largest.reduce((sum, index) => sum + (counts.n[index] ?? 0), 0);
      yield { outer: outer.index, family, largest, count: (counts.n[outer.index] ?? 0) - covered };
    }
  }
}

/** The view to suppress for the first small group found, or null when every check holds. */
function nextToSuppress(counts: ViewCounts, published: readonly boolean[]): number | null {
  for (const residual of residuals(counts, published)) {
    if (!isSmallGroup(residual.count)) continue;
    // smallest first; equal counts keep the fixed order (lower index first). `largest` is not empty:
    // with nothing inside, the residual is A itself, which is published and so not small.
    return residual.largest.reduce((best, index) =>
      (counts.n[index] ?? 0) < (counts.n[best] ?? 0) ? index : best,
    );
  }
  return null;
}

/** published[v] for every view of the fixed order. */
export function publishedViews(counts: ViewCounts): boolean[] {
  const published = viewList.map((spec) => (counts.n[spec.index] ?? 0) >= MINIMUM_COUNT);
  if (!published[0]) return published.map(() => false);
  for (let view = nextToSuppress(counts, published); view !== null;) {
    published[view] = false;
    view = nextToSuppress(counts, published);
  }
  return published;
}
