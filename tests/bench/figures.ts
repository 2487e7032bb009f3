// A bench figure with its budget, and the table `npm run bench` prints.

export interface Figure {
  name: string;
  value: number;
  unit: 'ms' | 'KiB' | 'count';
  /** Upper bound; undefined when the figure is informative only. */
  budget?: number;
  /** Size figures are deterministic and fail CI; time figures only guard against regressions. */
  kind: 'time' | 'size' | 'info';
}

export const overBudget = (figure: Figure): boolean =>
  figure.budget !== undefined && figure.value > figure.budget;

export function printTable(figures: readonly Figure[]): void {
  const rows = figures.map((f) => [
    f.name,
    `${f.value.toFixed(f.unit === 'count' ? 0 : 2)} ${f.unit}`,
    f.budget === undefined ? '—' : `${f.budget} ${f.unit}`,
    f.budget === undefined ? '' : overBudget(f) ? 'OVER' : 'ok',
  ]);
  const header = ['figure', 'median', 'budget', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}
