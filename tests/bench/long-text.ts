// Long-text figure (issue 13, item 7): every function that runs over typed or imported text, on 1 MiB
// of each worst shape, best of three runs; the figure is the slowest function and shape. The budget is
// 50 ms; a backtracking regular expression or a loop that rebuilds a string each step takes seconds.
import type { Figure } from './figures';
import { textFunctions, worstShapes } from '../fuzz/long-text';

function bestOfThree(run: (input: unknown) => unknown, input: unknown): number {
  let best = Infinity;
  for (let attempt = 0; attempt < 3; attempt++) {
    const start = performance.now();
    run(input);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

export function longTextFigures(): Promise<Figure[]> {
  let slowest = { time: 0, what: '' };
  for (const tested of textFunctions()) {
    for (const [shape, text] of Object.entries(worstShapes)) {
      const time = bestOfThree(tested.run as (input: unknown) => unknown, tested.prepare(text));
      if (time > slowest.time) slowest = { time, what: `${tested.name}; ${shape}` };
    }
  }
  return Promise.resolve([
    {
      name: `long text, 1 MiB: slowest function and shape (${slowest.what})`,
      value: slowest.time,
      unit: 'ms',
      budget: 50,
      kind: 'time',
    },
  ]);
}
