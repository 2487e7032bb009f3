// Running totals of one measure (overall or a dimension) of one questionnaire version, per view and per
// pair of views: everything the suppression rule and the published figures need, in one pass.
import type { BenchmarkCell } from './benchmark-schema';
import { ScoreTally } from './quantiles';
import type { ViewCounts } from './suppression';
import { viewList } from './views';

const views = viewList.length;

export class MeasureTally implements ViewCounts {
  private readonly scores = viewList.map(() => new ScoreTally());
  private readonly levels: Int32Array[];
  private readonly provisionalCounts = new Int32Array(views);
  readonly n = new Int32Array(views);
  readonly both = new Int32Array(views * views);

  constructor(levelCount: number) {
    this.levels = viewList.map(() => new Int32Array(levelCount));
  }

  /** One contribution's whole score in the views it counts in; levelRank −1 when provisional. */
  add(inViews: readonly number[], score: number, levelRank: number): void {
    for (const view of inViews) {
      this.scores[view]?.add(score);
      this.n[view] = (this.n[view] ?? 0) + 1;
      const levels = this.levels[view];
      if (levelRank < 0 || levels === undefined)
        this.provisionalCounts[view] = (this.provisionalCounts[view] ?? 0) + 1;
      else levels[levelRank] = (levels[levelRank] ?? 0) + 1;
      for (const other of inViews) {
        const pair = view * views + other;
        this.both[pair] = (this.both[pair] ?? 0) + 1;
      }
    }
  }

  /** The figures of one view (only called for views the rule publishes). */
  cell(view: number): BenchmarkCell {
    const scores = this.scores[view];
    const spec = viewList[view];
    if (scores === undefined || spec === undefined) throw new RangeError(`no view ${view}`);
    return {
      view: spec.view,
      n: scores.n,
      q1: scores.quantile(0.25),
      median: scores.quantile(0.5),
      q3: scores.quantile(0.75),
      histogram: scores.histogram(),
      levels: [...(this.levels[view] ?? [])],
      provisional: this.provisionalCounts[view] ?? 0,
    };
  }
}
