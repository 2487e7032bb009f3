// Reads generated PDFs with Debian's poppler-utils (pdftotext, pdfinfo, pdffonts), as a reader's
// viewer or a search index would.
import { execFileSync } from 'node:child_process';

const run = (tool: string, args: string[]): string =>
  execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** The text in content-stream order (table cells stay whole), or laid out as on the page. */
export function pdfText(file: string, mode: 'raw' | 'layout' = 'raw'): string {
  return run('pdftotext', [`-${mode}`, '-enc', 'UTF-8', file, '-']);
}

/** One page's text, laid out as on the page. */
export function pageText(file: string, page: number): string {
  return run('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-']);
}

/** pdfinfo's fields: Title, Author, Pages, Page size, CreationDate… */
export function pdfInfo(file: string): Record<string, string> {
  return Object.fromEntries(
    run('pdfinfo', [file])
      .split('\n')
      .flatMap((line) => {
        const match = /^([^:]+):\s*(.*)$/.exec(line);
        return match?.[1] && match[2] !== undefined ? [[match[1], match[2]]] : [];
      }),
  );
}

/** pdffonts' rows: font name, whether it is embedded, whether it has a Unicode map. */
export function pdfFonts(file: string): { name: string; embedded: boolean; unicode: boolean }[] {
  return run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      const [name = '', ...rest] = columns;
      // The columns after the name and type end with: emb sub uni object ID (two numbers).
      const flags = rest.slice(-5, -2);
      return { name, embedded: flags[0] === 'yes', unicode: flags[2] === 'yes' };
    });
}

/** Words as a reader would search them: any run of spaces, line breaks or no-break spaces is one
 * space, and a line broken after a hyphen is joined again. */
export function searchable(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .replace(/- (?=\S)/g, '-')
    .trim();
}
