// A horizontal bar chart of dimension scores (0-100) as an SVG string: pure geometry, no DOM, so the
// PDF embeds it as vectors and tests can read it. Level thresholds are dashed lines; an earlier
// cycle's score is a dark tick on the bar.
import type { BarChart } from '../model/report-model';

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

/** Legend entries for the marks a chart draws: the bar, the earlier cycle's tick, the target. */
export interface ChartLegend {
  current: string;
  previous: string | null;
  target: string | null;
}

/** Light tints behind alternate level bands, so a level shows by colour as well as by name. */
const BAND_TINTS = ['#eef3f8', '#ffffff'];
const LEGEND_LINE = 14;
const LEGEND_SWATCH = 10;

/** Wraps legend entries (each a swatch and its words) into lines that fit the chart's width. */
function legendLines(entries: string[], width: number, fontSize: number): string[][] {
  const lines: string[][] = [[]];
  let used = 0;
  for (const entry of entries) {
    const size = LEGEND_SWATCH + 4 + entry.length * fontSize * CHAR_WIDTH_EM + 14;
    const line = lines[lines.length - 1] ?? [];
    if (used + size > width && line.length > 0) {
      lines.push([entry]);
      used = size;
    } else {
      line.push(entry);
      used += size;
    }
  }
  return lines;
}

/**
 * The chart: labels are never cut (they wrap onto as many lines as they need and the row grows), each level's
 * band is tinted and named in full in the legend below with its range, the earlier cycle's score is
 * a dark tick and a target a triangle, both in the legend.
 */
export function barChartSvg(chart: BarChart, style: ChartStyle, legend?: ChartLegend): string {
  const labelWidth = Math.round(style.width * LABEL_WIDTH_SHARE);
  const plotLeft = labelWidth + 8;
  const plotWidth = style.width - plotLeft - VALUE_GAP;
  const top = 6;
  const x = (value: number): number =>
    plotLeft + (plotWidth * Math.min(100, Math.max(0, value))) / 100;
  const small = style.fontSize - 1;
  const font = `font-family="${style.fontFamily}"`;
  const lineHeight = style.fontSize * 1.15;
  const maxChars = Math.floor(labelWidth / (style.fontSize * CHAR_WIDTH_EM));
  const labels = chart.bars.map((bar) => wrapLabel(bar.label, maxChars, 8));
  const rowHeights = labels.map((lines) => Math.max(ROW_HEIGHT, lines.length * lineHeight + 8));
  const plotBottom = top + rowHeights.reduce((sum, h) => sum + h, 0);
  const parts: string[] = [];
  const text = (
    content: string,
    at: number,
    y: number,
    extra = '',
    size = small,
    fill = style.mutedColor,
  ) =>
    `<text x="${fixed(at)}" y="${fixed(y)}" ${font} font-size="${size}" fill="${fill}"${extra}>${escapeXml(content)}</text>`;

  const sorted = [...chart.levels].sort((a, b) => a.lowerBound - b.lowerBound);
  sorted.forEach((level, index) => {
    const next = sorted[index + 1]?.lowerBound ?? 100;
    const left = x(level.lowerBound);
    const right = x(next);
    parts.push(
      `<path d="M${fixed(left)} ${top}H${fixed(right)}V${fixed(plotBottom)}H${fixed(left)}Z" fill="${BAND_TINTS[index % 2] ?? '#ffffff'}"/>`,
    );
    if (level.lowerBound > 0) {
      parts.push(
        `<line x1="${fixed(left)}" y1="${top}" x2="${fixed(left)}" y2="${fixed(plotBottom)}" stroke="${style.gridColor}" stroke-width="0.75" stroke-dasharray="2 2"/>`,
      );
    }
    parts.push(
      text(String(level.lowerBound), left, plotBottom + AXIS_HEIGHT - 3, ' text-anchor="middle"'),
    );
  });
  if (sorted.length === 0) {
    for (const tick of [0, 25, 50, 75]) {
      parts.push(
        text(String(tick), x(tick), plotBottom + AXIS_HEIGHT - 3, ' text-anchor="middle"'),
      );
    }
  }
  parts.push(
    text('100', x(100), plotBottom + AXIS_HEIGHT - 3, ' text-anchor="middle"'),
    `<line x1="${fixed(plotLeft)}" y1="${top}" x2="${fixed(plotLeft)}" y2="${fixed(plotBottom)}" stroke="${style.textColor}" stroke-width="0.75"/>`,
  );

  let rowTop = top;
  chart.bars.forEach((bar, index) => {
    const height = rowHeights[index] ?? ROW_HEIGHT;
    const middle = rowTop + height / 2;
    const lines = labels[index] ?? [];
    const firstBaseline = middle - ((lines.length - 1) * lineHeight) / 2 + style.fontSize * 0.35;
    lines.forEach((line, lineIndex) => {
      parts.push(
        text(
          line,
          labelWidth,
          firstBaseline + lineIndex * lineHeight,
          ' text-anchor="end"',
          style.fontSize,
          style.textColor,
        ),
      );
    });
    const barHeight = ROW_HEIGHT * 0.55;
    if (bar.value !== null) {
      parts.push(
        `<rect x="${fixed(plotLeft)}" y="${fixed(middle - barHeight / 2)}" width="${fixed(x(bar.value) - plotLeft)}" height="${fixed(barHeight)}" fill="${style.barColor}"/>`,
      );
    }
    // The score sits inside the end of a long enough bar, so an earlier cycle's tick does not cover it.
    const inside = bar.value !== null && bar.value >= INSIDE_FROM;
    const valueX = bar.value === null ? plotLeft + 4 : inside ? x(bar.value) - 4 : x(bar.value) + 4;
    parts.push(
      text(
        bar.value === null ? '—' : String(Math.round(bar.value)),
        valueX,
        middle + style.fontSize * 0.35,
        inside ? ' text-anchor="end"' : '',
        style.fontSize,
        inside ? style.insideColor : style.textColor,
      ),
    );
    if (bar.previous !== undefined && bar.previous !== null) {
      parts.push(
        `<rect x="${fixed(x(bar.previous) - 1)}" y="${fixed(middle - ROW_HEIGHT / 2 + 3)}" width="2" height="${ROW_HEIGHT - 6}" fill="${style.previousColor}"/>`,
      );
    }
    if (bar.target !== undefined && bar.target !== null) {
      const tip = x(bar.target);
      const base = middle + barHeight / 2 + 1;
      parts.push(
        `<path d="M${fixed(tip)} ${fixed(base)}L${fixed(tip - 4)} ${fixed(base + 6)}L${fixed(tip + 4)} ${fixed(base + 6)}Z" fill="${style.previousColor}"/>`,
      );
    }
    rowTop += height;
  });

  // The legend: the marks drawn, then each named level with its range, wrapped to the width.
  const entries: { label: string; swatch: string }[] = [];
  if (legend !== undefined) {
    entries.push({ label: legend.current, swatch: `fill="${style.barColor}"` });
    if (legend.previous !== null && chart.bars.some((bar) => bar.previous != null)) {
      entries.push({ label: legend.previous, swatch: 'previous' });
    }
    if (legend.target !== null && chart.bars.some((bar) => bar.target != null)) {
      entries.push({ label: legend.target, swatch: 'target' });
    }
  }
  sorted.forEach((level, index) => {
    if (level.label === '') return;
    const next = sorted[index + 1]?.lowerBound;
    const range =
      next === undefined ? `${level.lowerBound}–100` : `${level.lowerBound}–${next - 1}`;
    entries.push({ label: `${level.label} (${range})`, swatch: `band-${index}` });
  });
  const lines = legendLines(
    entries.map((entry) => entry.label),
    style.width,
    small,
  );
  let legendY = plotBottom + AXIS_HEIGHT + 6;
  for (const line of lines) {
    let at = 0;
    for (const label of line) {
      const entry = entries.find((candidate) => candidate.label === label);
      const swatchY = legendY;
      if (entry?.swatch === 'previous') {
        parts.push(
          `<rect x="${fixed(at + 4)}" y="${fixed(swatchY)}" width="2" height="${LEGEND_SWATCH}" fill="${style.previousColor}"/>`,
        );
      } else if (entry?.swatch === 'target') {
        parts.push(
          `<path d="M${fixed(at + 5)} ${fixed(swatchY + 2)}L${fixed(at + 1)} ${fixed(swatchY + 9)}L${fixed(at + 9)} ${fixed(swatchY + 9)}Z" fill="${style.previousColor}"/>`,
        );
      } else if (entry?.swatch.startsWith('band-') === true) {
        const band = Number(entry.swatch.slice(5));
        parts.push(
          `<path d="M${fixed(at)} ${fixed(swatchY)}h${LEGEND_SWATCH}v${LEGEND_SWATCH}h-${LEGEND_SWATCH}Z" fill="${BAND_TINTS[band % 2] ?? '#ffffff'}" stroke="${style.gridColor}" stroke-width="0.5"/>`,
        );
      } else if (entry !== undefined) {
        parts.push(
          `<path d="M${fixed(at)} ${fixed(swatchY)}h${LEGEND_SWATCH}v${LEGEND_SWATCH}h-${LEGEND_SWATCH}Z" ${entry.swatch}/>`,
        );
      }
      parts.push(
        text(
          label,
          at + LEGEND_SWATCH + 4,
          swatchY + LEGEND_SWATCH - 1,
          '',
          small,
          style.textColor,
        ),
      );
      at += LEGEND_SWATCH + 4 + label.length * small * CHAR_WIDTH_EM + 14;
    }
    legendY += LEGEND_LINE;
  }
  const height = lines.length === 0 ? plotBottom + AXIS_HEIGHT : legendY + 2;

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${style.width}" height="${fixed(height)}" viewBox="0 0 ${style.width} ${fixed(height)}">${parts.join('')}</svg>`;
}
