// French typography: the spaces before : ; ! ? » and after « must not break a line.
import { TextBuilder } from './text-builder';

const NBSP = 0xa0;
const NARROW_NBSP = 0x202f;
const OPENING = 0xab; // «
const CLOSING = 0xbb; // »
const COLON = 0x3a;

const isSpace = (code: number) => code === 0x20 || code === NBSP || code === NARROW_NBSP;
const isTight = (code: number) => code === 0x3b || code === 0x21 || code === 0x3f; // ; ! ?

/** Makes the spaces around French punctuation non-breaking (OQLF: full space before the colon and
 * inside guillemets, narrow space before ; ! ?). Text without such spaces is left as written.
 *
 * One pass, each space looked at no more than twice, and the text rebuilt only when something
 * changes: typed notes and names go through here (the interface's post-processor), and a regular
 * expression such as `/ +:/` retries from every space of a long run, which took seconds on a few tens
 * of kilobytes of spaces. */
export function frenchTypography(text: string): string {
  // Most text has none of these: it is returned as it is. The search also makes a string built by
  // concatenation flat, which keeps the loop below fast (character access is slow on unflattened ones).
  const first = text.search(/[:;!?«»]/);
  if (first === -1) return text;
  let out: TextBuilder | null = null;
  let copied = 0;
  // Spaces before this index belong to an opening guillemet and are not looked at again.
  let floor = 0;
  for (let index = first; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === OPENING) {
      let end = index + 1;
      while (isSpace(text.charCodeAt(end))) end++;
      const closesAtOnce = text.charCodeAt(end) === CLOSING;
      // Already a single no-break space: nothing to change.
      if (!closesAtOnce && end === index + 2 && text.charCodeAt(index + 1) === NBSP) {
        floor = end;
        index = end - 1;
        continue;
      }
      out ??= new TextBuilder(text.length + 16);
      out.copy(text, copied, index).unit(OPENING).unit(NBSP);
      // A closing guillemet right after the opening one shares its space.
      if (closesAtOnce) out.unit(CLOSING);
      copied = closesAtOnce ? end + 1 : end;
      index = copied - 1;
    } else if (code === COLON || code === CLOSING || isTight(code)) {
      let start = index;
      while (start > Math.max(copied, floor) && isSpace(text.charCodeAt(start - 1))) start--;
      if (start === index && code !== CLOSING) continue;
      const space = isTight(code) ? NARROW_NBSP : NBSP;
      if (start === index - 1 && text.charCodeAt(start) === space) continue;
      out ??= new TextBuilder(text.length + 16);
      out.copy(text, copied, start).unit(space).unit(code);
      copied = index + 1;
    }
  }
  if (out === null) return text;
  return out.copy(text, copied).toString();
}

export type Language = 'en' | 'fr';
export const languages: readonly Language[] = ['en', 'fr'];

/** A content text in the given language, typeset for it. */
export function localize(text: { en: string; fr: string }, language: Language): string {
  return language === 'fr' ? frenchTypography(text.fr) : text.en;
}
