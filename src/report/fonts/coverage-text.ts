// Code point ranges written compactly as text ("20-7e,a0-ff,131"), the form font-coverage.json keeps.
import type { CodePointRanges } from './cmap';

export function rangesToText(ranges: CodePointRanges): string {
  return ranges
    .map(([start, end]) =>
      start === end ? start.toString(16) : `${start.toString(16)}-${end.toString(16)}`,
    )
    .join(',');
}

export function rangesFromText(text: string): CodePointRanges {
  if (text === '') return [];
  return text.split(',').map((part) => {
    const [start = '0', end = start] = part.split('-');
    return [parseInt(start, 16), parseInt(end, 16)];
  });
}

/** Whether a code point lies in sorted, non-overlapping ranges (binary search). */
export function inRanges(ranges: CodePointRanges, code: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle];
    if (range === undefined) return false;
    if (code < range[0]) high = middle - 1;
    else if (code > range[1]) low = middle + 1;
    else return true;
  }
  return false;
}
