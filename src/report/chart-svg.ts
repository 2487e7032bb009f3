// A horizontal bar chart of dimension scores (0-100) as an SVG string: pure geometry, no DOM, so the
// PDF embeds it as vectors and tests can read it. Level thresholds are dashed lines; an earlier
// cycle's score is a dark tick on the bar.

export interface BarChartBar {
  label: string;
  /** 0..100, or null when the dimension was not assessed. */
  value: number | null;
  previous?: number | null;
}

export interface BarChart {
  bars: BarChartBar[];
  /** Level bands: label (none when '') and lower bound (0..100), lowest first. */
  levels: { label: string; lowerBound: number }[];
}

export interface ChartStyle {
  width: number;
  fontFamily: string;
  fontSize: number;
  barColor: string;
  previousColor: string;
  gridColor: string;
  textColor: string;
  mutedColor: string;
  /** Text colour on a bar. */
  insideColor: string;
}

const LABEL_WIDTH_SHARE = 0.36;
const ROW_HEIGHT = 24;
const BAND_HEIGHT = 16;
const AXIS_HEIGHT = 14;
const VALUE_GAP = 28;
/** Scores from here up are written inside their bar. */
const INSIDE_FROM = 12;
/** Average advance of a Noto Sans character, in ems: enough to wrap labels without measuring. */
const CHAR_WIDTH_EM = 0.53;

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Splits a label into at most `maxLines` lines of about `maxChars`, ending with "…" when cut. */
export function wrapLabel(label: string, maxChars: number, maxLines = 2): string[] {
  const words = label.split(/ +/);
  const lines: string[] = [];
  let line = '';
  for (const [index, word] of words.entries()) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (candidate.length <= maxChars || line === '') {
      line = candidate;
      continue;
    }
    if (lines.length === maxLines - 1) {
      const rest = [line, ...words.slice(index)].join(' ');
      lines.push(`${rest.slice(0, Math.max(1, maxChars - 1)).trimEnd()}…`);
      return lines;
    }
    lines.push(line);
    line = word;
  }
  if (line !== '') lines.push(line);
  return lines;
}

const fixed = (n: number): string => (Math.round(n * 100) / 100).toString();

export function barChartSvg(chart: BarChart, style: ChartStyle): string {
  const labelWidth = Math.round(style.width * LABEL_WIDTH_SHARE);
  const plotLeft = labelWidth + 8;
  const plotWidth = style.width - plotLeft - VALUE_GAP;
  const top = BAND_HEIGHT;
  const height = top + chart.bars.length * ROW_HEIGHT + AXIS_HEIGHT;
  const x = (value: number): number =>
    plotLeft + (plotWidth * Math.min(100, Math.max(0, value))) / 100;
  const small = style.fontSize - 1;
  const font = `font-family="${style.fontFamily}"`;
  const parts: string[] = [];

  chart.levels.forEach((level, index) => {
    const next = chart.levels[index + 1]?.lowerBound ?? 100;
    const left = x(level.lowerBound);
    const bandWidth = x(next) - left;
    const maxChars = Math.floor(bandWidth / (small * CHAR_WIDTH_EM));
    const [label = ''] = wrapLabel(level.label, Math.max(2, maxChars), 1);
    if (label !== '') {
      parts.push(
        `<text x="${fixed(left + bandWidth / 2)}" y="${fixed(top - 5)}" ${font} font-size="${small}" fill="${style.mutedColor}" text-anchor="middle">${escapeXml(label)}</text>`,
      );
    }
    if (level.lowerBound > 0) {
      parts.push(
        `<line x1="${fixed(left)}" y1="${top}" x2="${fixed(left)}" y2="${height - AXIS_HEIGHT}" stroke="${style.gridColor}" stroke-width="0.75" stroke-dasharray="2 2"/>`,
      );
    }
    parts.push(
      `<text x="${fixed(left)}" y="${height - 3}" ${font} font-size="${small}" fill="${style.mutedColor}" text-anchor="middle">${level.lowerBound}</text>`,
    );
  });
  parts.push(
    `<text x="${fixed(x(100))}" y="${height - 3}" ${font} font-size="${small}" fill="${style.mutedColor}" text-anchor="middle">100</text>`,
    `<line x1="${fixed(plotLeft)}" y1="${top}" x2="${fixed(plotLeft)}" y2="${height - AXIS_HEIGHT}" stroke="${style.textColor}" stroke-width="0.75"/>`,
  );

  const maxChars = Math.floor(labelWidth / (style.fontSize * CHAR_WIDTH_EM));
  chart.bars.forEach((bar, index) => {
    const rowTop = top + index * ROW_HEIGHT;
    const middle = rowTop + ROW_HEIGHT / 2;
    const lines = wrapLabel(bar.label, maxChars);
    const lineHeight = style.fontSize * 1.15;
    const firstBaseline = middle - ((lines.length - 1) * lineHeight) / 2 + style.fontSize * 0.35;
    lines.forEach((line, lineIndex) => {
      parts.push(
        `<text x="${labelWidth}" y="${fixed(firstBaseline + lineIndex * lineHeight)}" ${font} font-size="${style.fontSize}" fill="${style.textColor}" text-anchor="end">${escapeXml(line)}</text>`,
      );
    });
    if (bar.value !== null) {
      const barHeight = ROW_HEIGHT * 0.55;
      parts.push(
        `<rect x="${fixed(plotLeft)}" y="${fixed(middle - barHeight / 2)}" width="${fixed(x(bar.value) - plotLeft)}" height="${fixed(barHeight)}" fill="${style.barColor}"/>`,
      );
    }
    // The score sits inside the end of a long enough bar, so an earlier cycle's tick does not cover it.
    const inside = bar.value !== null && bar.value >= INSIDE_FROM;
    const valueX = bar.value === null ? plotLeft + 4 : inside ? x(bar.value) - 4 : x(bar.value) + 4;
    parts.push(
      `<text x="${fixed(valueX)}" y="${fixed(middle + style.fontSize * 0.35)}" ${font} font-size="${style.fontSize}" fill="${inside ? style.insideColor : style.textColor}"${inside ? ' text-anchor="end"' : ''}>${bar.value === null ? '—' : Math.round(bar.value)}</text>`,
    );
    if (bar.previous !== undefined && bar.previous !== null) {
      const tick = x(bar.previous);
      parts.push(
        `<rect x="${fixed(tick - 1)}" y="${fixed(rowTop + 3)}" width="2" height="${ROW_HEIGHT - 6}" fill="${style.previousColor}"/>`,
      );
    }
  });

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${style.width}" height="${height}" viewBox="0 0 ${style.width} ${height}">${parts.join('')}</svg>`;
}
