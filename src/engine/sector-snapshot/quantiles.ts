// Quartiles and the histogram of whole-point scores. Quantiles are type 7 (Hyndman & Fan): linear
// interpolation between the closest ranks, as spreadsheets' QUARTILE.INC, DuckDB's quantile_cont and
// R's default compute them, so a network can reproduce every published figure.

/** Type 7 quantile of values sorted ascending (at least one): h = (n − 1)p, between x⌊h⌋ and x⌊h⌋+1. */
export function quantile(sorted: readonly number[], p: number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError('a quantile needs at least one value');
  const h = (n - 1) * p;
  const low = Math.floor(h);
  const below = sorted[low] ?? 0;
  const above = sorted[Math.min(low + 1, n - 1)] ?? below;
  return below + (h - low) * (above - below);
}

/** The fixed bins of the histogram, lowest and highest whole score of each. */
export const bins = [
  [0, 19],
  [20, 39],
  [40, 59],
  [60, 79],
  [80, 100],
] as const;
export type Histogram = [number, number, number, number, number];

/**
 * Scores 0..100 tallied as counts per whole point (`counts[s]` = how many scored s), so a cell's
 * figures take time in the number of points, not of contributions.
 */
export class ScoreTally {
  readonly counts = new Int32Array(101);
  n = 0;

  add(score: number): void {
    this.counts[score] = (this.counts[score] ?? 0) + 1;
    this.n += 1;
  }

  /** Adds another tally's counts per point (101 of them). */
  addCounts(counts: ArrayLike<number>): void {
    for (let score = 0; score <= 100; score++) {
      const count = counts[score] ?? 0;
      this.counts[score] = (this.counts[score] ?? 0) + count;
      this.n += count;
    }
  }

  /** The score at 0-based rank `rank` in ascending order. */
  private at(rank: number): number {
    let seen = 0;
    for (let score = 0; score <= 100; score++) {
      seen += this.counts[score] ?? 0;
      if (seen > rank) return score;
    }
    return 100;
  }

  quantile(p: number): number {
    if (this.n === 0) throw new RangeError('a quantile needs at least one value');
    const h = (this.n - 1) * p;
    const low = Math.floor(h);
    const below = this.at(low);
    const above = low + 1 < this.n ? this.at(low + 1) : below;
    return below + (h - low) * (above - below);
  }

  histogram(): Histogram {
    const sum = ([from, to]: readonly [number, number]) => {
      let total = 0;
      for (let score = from; score <= to; score++) total += this.counts[score] ?? 0;
      return total;
    };
    return [sum(bins[0]), sum(bins[1]), sum(bins[2]), sum(bins[3]), sum(bins[4])];
  }
}
