import { describe, expect, it } from 'vitest';
import {
  barChartSvg,
  escapeXml,
  wrapLabel,
  type ChartStyle,
} from '../../../src/report/chart/chart-svg';

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

  it('marks each level start with a dashed line, tints the bands and names each level in full in the legend', () => {
    const svg = barChartSvg({ bars: [{ label: 'A', value: 10 }], levels }, style);
    expect(svg.match(/stroke-dasharray/g)).toHaveLength(2);
    expect(svg).toContain('>Exploring (20–79)</text>');
    expect(svg).toContain('>Leading (80–100)</text>');
    expect(svg).toContain('>80</text>');
    expect(svg).not.toContain('…');
  });

  it('never cuts a long label: it wraps onto more lines and the row grows', () => {
    const long = 'Staff and volunteer digital skills, roles and responsibilities in every program';
    const svg = barChartSvg(
      { bars: [{ label: long, value: 40 }], levels },
      { ...style, width: 300 },
    );
    const words = [...svg.matchAll(/text-anchor="end">([^<]+)<\/text>/g)]
      .map((m) => m[1])
      .filter((word) => word !== '40')
      .join(' ');
    expect(words).toBe(long);
  });

  it('draws a target triangle and the legend entries for the marks it draws', () => {
    const svg = barChartSvg(
      { bars: [{ label: 'Cyber', value: 40, previous: 30, target: 50 }], levels: [] },
      style,
      { current: 'This cycle', previous: 'Previous cycle', target: 'Next level' },
    );
    for (const entry of ['This cycle', 'Previous cycle', 'Next level']) {
      expect(svg).toContain(`>${entry}</text>`);
    }
    expect(svg.match(/<path d="M[\d.]+ [\d.]+L/g)?.length).toBeGreaterThanOrEqual(2);
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
