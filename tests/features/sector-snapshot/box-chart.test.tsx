// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BoxChart } from '../../../src/features/sector-snapshot/collector/BoxChart';
import type { BenchmarkCell } from '../../../src/engine/sector-snapshot';
import { renderWithI18n } from '../../support/app';

const cell = (q1: number, median: number, q3: number): BenchmarkCell => ({
  view: 'all',
  n: 12,
  q1,
  median,
  q3,
  histogram: [0, 3, 6, 3, 0],
  levels: [],
  provisional: 0,
});

describe('the box chart of the sector figures', () => {
  afterEach(cleanup);

  it('draws each measure’s middle half from the first to the third quartile, split at the median', () => {
    renderWithI18n(
      <BoxChart
        label="Box chart of Digital maturity for all agencies"
        rows={[
          { key: '', name: 'Overall score', cell: cell(35.25, 48, 60.75) },
          { key: 'data', name: 'Data', cell: null },
        ]}
      />,
    );
    const chart = screen.getByRole('img', {
      name: 'Box chart of Digital maturity for all agencies',
    });
    const [overall, data] = [...chart.querySelectorAll('.box-chart-row')];
    const lower = overall!.querySelector<HTMLElement>('.box-chart-lower')!;
    const upper = overall!.querySelector<HTMLElement>('.box-chart-upper')!;
    expect([lower.style.left, lower.style.width]).toEqual(['35.25%', '12.75%']);
    expect([upper.style.left, upper.style.width]).toEqual(['48%', '12.75%']);
    // a group whose figures are hidden draws no bar
    expect(data!.querySelector('.box-chart-lower')).toBeNull();
    expect(screen.getByText('First quartile to median')).toBeVisible();
    expect(screen.getByText('Median to third quartile')).toBeVisible();
  });
});
