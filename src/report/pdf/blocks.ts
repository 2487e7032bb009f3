// Small pdfmake building blocks the report sections share. Page breaks never leave a heading alone at
// the bottom of a page: a heading either travels with the short content after it (an unbreakable
// block, always well under a page) or is a caption row in the header of the table it introduces
// (kept with the first body row, repeated on the next page). Table rows never split across pages.
import type { Content, Size, TableCell } from 'pdfmake/interfaces';
import type { TextTable } from '../model/report-model';
import { ruledTable } from './theme';

export type HeadingLevel = 1 | 2 | 3;

/** A heading; level 1 starts a new page. */
/**
 * A heading; level 1 is listed in the table of contents and the PDF's outline (bookmarks). Only the
 * brief and the appendices start a new page (`newPage`): every other section follows on, so no section
 * end leaves a near-empty page behind it.
 */
export function heading(text: string, level: HeadingLevel, newPage = false): Content {
  return {
    text,
    style: `h${level}`,
    ...(level === 1 ? { tocItem: true, outline: true, outlineText: text } : {}),
    ...(newPage ? { pageBreak: 'before' as const } : {}),
  };
}

export function paragraph(text: string, style = 'paragraph'): Content {
  return { text, style };
}

export function bulletList(items: readonly string[], style?: string): Content {
  return { ul: [...items], margin: [0, 0, 0, 6], ...(style === undefined ? {} : { style }) };
}

/** Blocks that move to the next page together. Only for content far shorter than a page: pdfmake
 * drops whatever of an unbreakable block does not fit on one page. */
export function together(...blocks: Content[]): Content {
  return { stack: blocks, unbreakable: true };
}

/** A bulleted list whose caption (heading, introduction) moves to the next page with its first item;
 * the rest of the list may run over as many pages as it needs. */
export function captionedList(
  caption: Content[],
  items: readonly string[],
  style?: string,
): Content {
  const [first, ...rest] = items;
  if (first === undefined) return together(...caption);
  const list = (part: string[], margin: [number, number, number, number]): Content => ({
    ul: part,
    margin,
    ...(style === undefined ? {} : { style }),
  });
  return [
    together(...caption, list([first], [0, 0, 0, rest.length === 0 ? 6 : 0])),
    ...(rest.length === 0 ? [] : [list(rest, [0, 0, 0, 6])]),
  ];
}

export interface TableOptions {
  /** A heading (and its short introduction) kept in the table's header, above the column names. */
  caption?: Content;
  alignRight?: readonly number[];
  /** Columns whose long unbroken text (hashes, URLs) may break anywhere. */
  breakAnywhere?: readonly number[];
  boldFirstRow?: boolean;
  fontSize?: number;
}

/** A full-width header row holding a caption. */
export function captionRow(caption: Content, columns: number): TableCell[] {
  // The negative margin cancels the cell padding, so the caption lines up with the text above it.
  const cell: TableCell = { stack: [caption], colSpan: columns, margin: [-4, 0, 0, 0] };
  return [cell, ...Array.from({ length: columns - 1 }, (): TableCell => ({ text: '' }))];
}

/** A table with a repeated header row, rows kept whole, the header kept with the first row. */
export function dataTable(table: TextTable, widths: Size[], options: TableOptions = {}): Content {
  const alignRight = new Set(options.alignRight ?? []);
  const breakAnywhere = new Set(options.breakAnywhere ?? []);
  const header: TableCell[] = table.columns.map((column, index) => ({
    text: column,
    style: 'tableHeader',
    ...(alignRight.has(index) ? { alignment: 'right' as const } : {}),
  }));
  const body: TableCell[][] = table.rows.map((row, rowIndex) =>
    row.map((cell, index) => ({
      text: cell,
      ...(alignRight.has(index) ? { alignment: 'right' as const } : {}),
      ...(breakAnywhere.has(index) ? { wordBreak: 'break-all' as const } : {}),
      ...(options.boldFirstRow === true && rowIndex === 0 ? { bold: true } : {}),
    })),
  );
  const captions =
    options.caption === undefined ? [] : [captionRow(options.caption, widths.length)];
  return {
    table: {
      headerRows: captions.length + 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths,
      body: [...captions, header, ...body],
    },
    layout: ruledTable(captions.length),
    margin: [0, 2, 0, 8],
    ...(options.fontSize === undefined ? {} : { fontSize: options.fontSize }),
  };
}

/** Label/value pairs laid out three to a row. */
export function factsGrid(facts: readonly { label: string; value: string }[]): Content {
  const cells: TableCell[] = facts.map((fact) => ({
    stack: [
      { text: fact.label, style: 'factLabel' },
      { text: fact.value, style: 'factValue' },
    ],
  }));
  const rows: TableCell[][] = [];
  for (let index = 0; index < cells.length; index += 3) {
    const row = cells.slice(index, index + 3);
    while (row.length < 3) row.push({ text: '' });
    rows.push(row);
  }
  return {
    table: { widths: ['*', '*', '*'], body: rows, dontBreakRows: true },
    layout: 'noBorders',
    margin: [0, 2, 0, 8],
  };
}
