import { describe, expect, it } from 'vitest';
import {
  barChartSvg,
  escapeXml,
  wrapLabel,
  type ChartStyle,
} from '../../../src/report/pdf/chart-svg';

const style: ChartStyle = {
  width: 500,
  fontFamily: 'NotoSans',
  fontSize: 8,
  barColor: '#0000ff',
  previousColor: '#000000',
  gridColor: '#999999',
  textColor: '#111111',
  mutedColor: '#555555',
  insideColor: '#ffffff',
};

const levels = [
  { label: 'First steps', lowerBound: 0 },
  { label: 'Exploring', lowerBound: 20 },
  { label: 'Leading', lowerBound: 80 },
];

const attribute = (svg: string, tag: string, name: string): number[] =>
  [...svg.matchAll(new RegExp(`<${tag} [^>]*?${name}="([\\d.]+)"`, 'g'))].map((m) => Number(m[1]));

describe('the dimension bar chart', () => {
  it('draws one bar per scored dimension, its length proportional to the score', () => {
    const svg = barChartSvg(
      {
        bars: [
          { label: 'Vision', value: 50 },
          { label: 'Données', value: 100 },
          { label: 'Not assessed', value: null },
        ],
        levels,
      },
      style,
    );
    const widths = attribute(svg, 'rect', 'width');
    expect(widths).toHaveLength(2);
    expect(widths[1]).toBeCloseTo((widths[0] ?? 0) * 2, 1);
    expect(svg).toContain('>Données</text>');
    expect(svg).toContain('>—</text>');
  });

  it('marks each level start after the first with a dashed line and labels the bands', () => {
    const svg = barChartSvg({ bars: [{ label: 'A', value: 10 }], levels }, style);
    expect(svg.match(/stroke-dasharray/g)).toHaveLength(2);
    expect(svg).toContain('>Exploring</text>');
    expect(svg).toContain('>80</text>');
  });

  it('adds a tick for the earlier cycle only where there is one', () => {
    const svg = barChartSvg(
      {
        bars: [
          { label: 'A', value: 40, previous: 60 },
          { label: 'B', value: 40, previous: null },
        ],
        levels,
      },
      style,
    );
    expect(svg.match(/fill="#000000"/g)).toHaveLength(1);
  });

  it('escapes labels and wraps long ones on two lines at most', () => {
    expect(escapeXml('R&D <"x">')).toBe('R&amp;D &lt;&quot;x&quot;&gt;');
    expect(wrapLabel('Compétences et rôles numériques du personnel et des bénévoles', 30)).toEqual([
      'Compétences et rôles',
      'numériques du personnel et de…',
    ]);
    expect(wrapLabel('Site Web', 30)).toEqual(['Site Web']);
  });
});
