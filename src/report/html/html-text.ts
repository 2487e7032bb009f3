// Building HTML as text, safely: every piece of text is escaped, so a name or note typed as
// "<script>" prints as those characters. Attributes are escaped the same way.
import { escapeXml } from '../chart/chart-svg';

/** Escaped text. */
export const text = (value: string): string => escapeXml(value);

/** An element with escaped attributes around children that are already HTML. */
export function element(
  name: string,
  attributes: Record<string, string | undefined>,
  ...children: string[]
): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
  return `<${name}${attrs}>${children.join('')}</${name}>`;
}

/** A table with a caption, column header cells and, optionally, each row's first cell as its header. */
export function table(
  caption: string | null,
  columns: readonly string[],
  rows: readonly (readonly string[])[],
  options: { rowHeaders?: boolean; className?: string } = {},
): string {
  const head = element(
    'thead',
    {},
    element('tr', {}, ...columns.map((column) => element('th', { scope: 'col' }, text(column)))),
  );
  const body = element(
    'tbody',
    {},
    ...rows.map((row) =>
      element(
        'tr',
        {},
        ...row.map((cell, index) =>
          index === 0 && options.rowHeaders === true
            ? element('th', { scope: 'row' }, text(cell))
            : element('td', {}, text(cell)),
        ),
      ),
    ),
  );
  return element(
    'table',
    { class: options.className },
    caption === null ? '' : element('caption', {}, text(caption)),
    head,
    body,
  );
}

export const list = (items: readonly string[], ordered = false): string =>
  element(ordered ? 'ol' : 'ul', {}, ...items.map((item) => element('li', {}, text(item))));

export const paragraph = (value: string, className?: string): string =>
  element('p', { class: className }, text(value));
