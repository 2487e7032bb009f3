// Text as the PDF's fonts can print it. Each string of the pdfmake content tree becomes inline runs,
// each in a font that has its characters (see ../fonts/font-runs.ts); plain Latin text, nearly all of a
// report, is left as it is. Right-to-left runs (Arabic) have their words put in visual order: the
// font's shaping already writes each word right to left, but pdfmake places words left to right.
import type { Content } from 'pdfmake/interfaces';
import { fontRuns } from '../fonts/font-runs';
import type { ReportFace } from '../fonts/report-faces';
import { fontSafeText } from './font-safe-text';

/** Keys whose string values and arrays hold printed text (other keys hold names, URLs, SVG). */
const TEXT_KEYS = new Set(['text', 'stack', 'ul', 'ol', 'columns', 'body', 'content']);

function onlyCharactersOf(face: ReportFace): RegExp {
  const escape = (code: number) => `\\u{${code.toString(16)}}`;
  const ranges = face.coverage.map(([start, end]) =>
    start === end ? escape(start) : `${escape(start)}-${escape(end)}`,
  );
  return new RegExp(`^[\\t\\n\\r${ranges.join('')}]*$`, 'u');
}

/** A right-to-left run's words in visual order, each word a run of its own with the spaces between
 * in the base font: the font's shaping reverses a word's letters, and a space shaped inside an RTL
 * word would land on the wrong side. */
function visualWords(text: string, family: string): Content[] {
  return text
    .split(/( +)/)
    .reverse()
    .filter((part) => part !== '')
    .map((part) => (part.trim() === '' ? part : { text: part, font: family }));
}

export interface FontRunner {
  /** The text as one string (base font only) or as inline runs with a font each. */
  inline(text: string): string | { text: Content[] };
  /** The same tree with every printed string turned into inline runs. */
  content<T>(value: T): T;
}

export function fontRunner(faces: readonly ReportFace[]): FontRunner {
  const [base] = faces;
  const baseOnly = base === undefined ? /^$/ : onlyCharactersOf(base);
  const inline = (raw: string): string | { text: Content[] } => {
    const text = fontSafeText(raw);
    if (baseOnly.test(text)) return text;
    return {
      text: fontRuns(text, faces).flatMap((run): Content[] => {
        if (run.face === null || run.face === base) return [run.text];
        if (run.face.rightToLeft) return visualWords(run.text, run.face.family);
        return [{ text: run.text, font: run.face.family }];
      }),
    };
  };
  const walk = (value: unknown, printed: boolean): unknown => {
    if (typeof value === 'string') return printed ? inline(value) : value;
    if (Array.isArray(value)) return value.map((item: unknown) => walk(item, printed));
    if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => {
          if (key === 'text' && typeof item === 'string') {
            const runs = inline(item);
            return [key, typeof runs === 'string' ? runs : runs.text];
          }
          return [key, walk(item as unknown, TEXT_KEYS.has(key))];
        }),
      );
    }
    return value;
  };
  return { inline, content: <T>(value: T) => walk(value, true) as T };
}
