// The HTML report has the PDF's content as real structure: one h1, a heading per section, tables with
// header cells, a text alternative and a data table for each chart, the language set, no resource
// fetched from anywhere, and typed text escaped.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReportHtml } from '../../../src/report/generate-html';
import { reportInput } from '../support/fixture';
import { translator } from '../support/translate';

const html = {} as Record<'en' | 'fr', string>;

beforeAll(async () => {
  for (const language of ['en', 'fr'] as const) {
    const input = reportInput({ language, version: '1.1.0' });
    input.profile = { ...input.profile, name: 'Centre <script>alert(1)</script> Łódź' };
    input.roadmapEdits = input.roadmapEdits.map((edit) => ({ ...edit, note: 'Budget: 王芳 & co' }));
    html[language] = buildReportHtml(input, await translator(language));
  }
});

describe.each(['en', 'fr'] as const)('the %s HTML report', (language) => {
  it('sets the document language', () => {
    expect(html[language]).toMatch(new RegExp(`<html lang="${language}-CA">`));
  });

  it('has one h1 and an h2 for each section listed in the contents', () => {
    const page = html[language];
    expect(page.match(/<h1[ >]/g)).toHaveLength(1);
    const links = [...page.matchAll(/<a href="#([^"]+)">/g)].map((match) => match[1]);
    expect(links.length).toBeGreaterThan(6);
    for (const id of links) expect(page).toMatch(new RegExp(`<h2 id="${id}">`));
  });

  it('gives every table header cells and each chart a text alternative followed by its data', () => {
    const page = html[language];
    const tables = page.match(/<table[ >]/g) ?? [];
    expect(tables.length).toBeGreaterThan(8);
    expect(page.match(/<thead><tr><th scope="col">/g)).toHaveLength(tables.length);
    const charts = page.match(/<svg role="img" aria-labelledby="chart-\d+-caption"/g) ?? [];
    expect(charts).toHaveLength(3);
    expect(page).toMatch(/<\/figure><table>/);
  });

  it('fetches nothing: no script, stylesheet link, image or font from anywhere', () => {
    const page = html[language];
    expect(page).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/);
  });

  it('prints what people typed as text, escaped', () => {
    const page = html[language];
    expect(page).toContain('Centre &lt;script&gt;alert(1)&lt;/script&gt; Łódź');
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('Budget: 王芳 &amp; co');
  });
});
