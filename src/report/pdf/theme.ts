// The report's look: page geometry, colours, text styles and table layouts, in one place.
import type { CustomTableLayout, Style } from 'pdfmake/interfaces';
import type { Horizon } from '../../engine/schema';
import type { PaperSize } from '../model/report-input';

export const FONT_FAMILY = 'NotoSans';

/** Page sizes in points. */
export const PAGE_SIZES: Record<PaperSize, { width: number; height: number }> = {
  letter: { width: 612, height: 792 },
  a4: { width: 595.28, height: 841.89 },
};

/** Left, top, right, bottom. The bottom margin holds the running footer. */
export const PAGE_MARGINS: [number, number, number, number] = [54, 54, 54, 62];

export function contentWidth(paper: PaperSize): number {
  return PAGE_SIZES[paper].width - PAGE_MARGINS[0] - PAGE_MARGINS[2];
}

export const COLORS = {
  text: '#1d2733',
  muted: '#56616e',
  heading: '#173f5f',
  accent: '#20639b',
  rule: '#c9d2dc',
  headerFill: '#e9eff5',
  zebraFill: '#f6f8fa',
  critical: '#a23b24',
  done: '#2e6b3f',
  bar: '#3c7cb3',
  previous: '#1d2733',
  grid: '#9aa6b2',
  coverBand: '#173f5f',
  coverText: '#ffffff',
} as const;

export const HORIZON_COLORS: Record<Horizon, string> = {
  now: '#a23b24',
  next: '#9a6a00',
  later: '#2f6690',
};

export const STYLES: Record<string, Style> = {
  h1: { fontSize: 19, bold: true, color: COLORS.heading, margin: [0, 22, 0, 8] },
  h2: { fontSize: 13, bold: true, color: COLORS.heading, margin: [0, 14, 0, 5] },
  h3: { fontSize: 10.5, bold: true, color: COLORS.heading, margin: [0, 10, 0, 4] },
  intro: { fontSize: 10, color: COLORS.text, margin: [0, 0, 0, 8] },
  paragraph: { margin: [0, 0, 0, 6] },
  muted: { color: COLORS.muted },
  small: { fontSize: 8, color: COLORS.muted },
  note: { fontSize: 8.5, italics: true, color: COLORS.muted, margin: [0, 2, 0, 6] },
  tableHeader: { bold: true, fontSize: 8.5, color: COLORS.heading, fillColor: COLORS.headerFill },
  factLabel: { fontSize: 8, color: COLORS.muted },
  factValue: { fontSize: 11, bold: true, color: COLORS.heading },
  itemTitle: { bold: true, fontSize: 9.5 },
  itemDetail: { fontSize: 8, color: COLORS.muted },
  link: { color: COLORS.accent },
};

export const DEFAULT_STYLE: Style = {
  font: FONT_FAMILY,
  fontSize: 9.5,
  lineHeight: 1.2,
  color: COLORS.text,
};

/** Thin horizontal rules between body rows; none around the table's sides or between the caption
 * rows (a heading kept in the table's header) at its top. */
export function ruledTable(captionRows = 0): CustomTableLayout {
  return {
    hLineWidth: (index, node) =>
      index <= captionRows || index === node.table.body.length ? 0 : 0.5,
    vLineWidth: () => 0,
    hLineColor: () => COLORS.rule,
    paddingLeft: () => 4,
    paddingRight: () => 4,
    paddingTop: () => 3,
    paddingBottom: () => 3,
  };
}

/** No lines and no padding on the outer sides: for laying out blocks side by side. */
export const PLAIN_TABLE: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: (index) => (index === 0 ? 0 : 6),
  paddingRight: () => 0,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};
