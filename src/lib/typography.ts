// French typography: the spaces before : ; ! ? » and after « must not break a line.
const NBSP = '\u00a0';
const NARROW_NBSP = '\u202f';

const isSpace = (char: string | undefined) => char === ' ' || char === NBSP || char === NARROW_NBSP;

/** Makes the spaces around French punctuation non-breaking (OQLF: full space before the colon and
 * inside guillemets, narrow space before ; ! ?). Text without such spaces is left as written.
 *
 * One pass, each space looked at no more than twice: typed notes and names go through here (the
 * interface's post-processor), and a regular expression such as `/ +:/` retries from every space of a
 * long run, which took seconds on a few tens of kilobytes of spaces. */
export function frenchTypography(text: string): string {
  let out = '';
  let copied = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '«') {
      let end = index + 1;
      while (isSpace(text[end])) end++;
      out += `${text.slice(copied, index)}«${NBSP}`;
      // A closing guillemet right after the opening one shares its space.
      if (text[end] === '»') {
        out += '»';
        end++;
      }
      copied = end;
      index = end - 1;
    } else if (char === ':' || char === ';' || char === '!' || char === '?' || char === '»') {
      let start = index;
      while (start > copied && isSpace(text[start - 1])) start--;
      if (start === index && char !== '»') continue;
      const space = char === ':' || char === '»' ? NBSP : NARROW_NBSP;
      out += `${text.slice(copied, start)}${space}${char}`;
      copied = index + 1;
    }
  }
  return out + text.slice(copied);
}

export type Language = 'en' | 'fr';
export const languages: readonly Language[] = ['en', 'fr'];

/** A content text in the given language, typeset for it. */
export function localize(text: { en: string; fr: string }, language: Language): string {
  return language === 'fr' ? frenchTypography(text.fr) : text.en;
}
