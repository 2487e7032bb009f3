// Running totals of one measure (overall or a dimension) of one questionnaire version. Contributions are
// tallied per profile (one increment each); `views()` then spreads the tallies to every view and pair
// of views: everything the suppression rule and the published figures need.
import type { BenchmarkCell } from './benchmark-schema';
import { ScoreTally } from './quantiles';
import type { ViewCounts } from './suppression';
import { profileCount, viewList, viewsOfProfile } from './views';

const viewCount = viewList.length;
const points = 101;

export class MeasureTally {
  private readonly scores = new Int32Array(profileCount * points);
  /** Per profile, contributions at each level rank, then (last slot) provisional ones. */
  private readonly levels: Int32Array;
  private readonly perProfile = new Int32Array(profileCount);

  constructor(private readonly levelCount: number) {
    this.levels = new Int32Array(profileCount * (levelCount + 1));
  }

  /** One contribution's whole score (0..100); levelRank −1 when provisional. */
  add(profile: number, score: number, levelRank: number): void {
    this.scores[profile * points + score] = (this.scores[profile * points + score] ?? 0) + 1;
    const slot = profile * (this.levelCount + 1) + (levelRank < 0 ? this.levelCount : levelRank);
    this.levels[slot] = (this.levels[slot] ?? 0) + 1;
    this.perProfile[profile] = (this.perProfile[profile] ?? 0) + 1;
  }

  views(): ViewTallies {
    return new ViewTallies(this.scores, this.levels, this.perProfile, this.levelCount);
  }
}

/** The tallies of every view: counts, counts of pairs of views, and each view's figures. */
export class ViewTallies implements ViewCounts {
  readonly n = new Int32Array(viewCount);
  readonly both = new Int32Array(viewCount * viewCount);
  private readonly scores = viewList.map(() => new ScoreTally());
  private readonly levels: Int32Array[];

  constructor(
    profileScores: Int32Array,
    profileLevels: Int32Array,
    perProfile: Int32Array,
    levelCount: number,
  ) {
    this.levels = viewList.map(() => new Int32Array(levelCount + 1));
    for (let profile = 0; profile < profileCount; profile++) {
      const count = perProfile[profile] ?? 0;
      if (count === 0) continue;
      const views = viewsOfProfile[profile] ?? [];
      for (const view of views) {
        this.n[view] = (this.n[view] ?? 0) + count;
        for (const other of views) {
          const pair = view * viewCount + other;
          this.both[pair] = (this.both[pair] ?? 0) + count;
        }
        this.scores[view]?.addCounts(
          profileScores.subarray(profile * points, (profile + 1) * points),
        );
        const levels = this.levels[view];
        const from = profile * (levelCount + 1);
        for (let slot = 0; slot <= levelCount && levels; slot++)
          levels[slot] = (levels[slot] ?? 0) + (profileLevels[from + slot] ?? 0);
      }
    }
  }

  /** The figures of one view (only called for views the rule publishes). */
  cell(view: number): BenchmarkCell {
    const scores = this.scores[view];
    const spec = viewList[view];
    const levels = this.levels[view];
    if (scores === undefined || spec === undefined || levels === undefined)
      throw new RangeError(`no view ${view}`);
    return {
      view: spec.view,
      n: scores.n,
      q1: scores.quantile(0.25),
      median: scores.quantile(0.5),
      q3: scores.quantile(0.75),
      histogram: scores.histogram(),
      levels: [...levels.subarray(0, levels.length - 1)],
      provisional: levels[levels.length - 1] ?? 0,
    };
  }
}
