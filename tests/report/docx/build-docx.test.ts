// The Word roadmap opens: it is a real .docx package whose document.xml holds the action table with
// costs, funding, owners, dates and leadership's notes, as a proposal writer would paste it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportModel } from '../../../src/report/model/build-model';
import { buildRoadmapDocx } from '../../../src/report/docx/build-docx';
import type { ReportModel } from '../../../src/report/model/report-model';
import { reportInput } from '../support/fixture';
import { translator } from '../support/translate';

const directory = mkdtempSync(join(tmpdir(), 'boussole-docx-'));
const unzip = (file: string, entry: string) =>
  execFileSync('unzip', ['-p', file, entry], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
/** The document's visible text: each run's text, in order. */
const wordText = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((match) => match[1] ?? '')
    .join(' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

const generated = {} as Record<
  'en' | 'fr',
  { model: ReportModel; xml: string; styles: string; files: string }
>;

beforeAll(async () => {
  for (const language of ['en', 'fr'] as const) {
    const input = reportInput({ language, version: '1.1.0' });
    input.ownActions = [
      {
        id: 'own-1',
        title: 'Hire a part-time Digital Navigator & "tech buddy"',
        horizon: 'next',
        owner: 'Nguyễn Thị Hường',
        targetDate: '2027-01-01',
        funding: { source: 'other-funder', funder: 'Fondation Lucie et André Chagnon' },
        note: 'Ask <before> March',
      },
    ];
    const model = buildReportModel(input, await translator(language));
    const file = join(directory, `roadmap-${language}.docx`);
    writeFileSync(file, await buildRoadmapDocx(model));
    generated[language] = {
      model,
      xml: unzip(file, 'word/document.xml'),
      styles: unzip(file, 'word/styles.xml'),
      files: execFileSync('unzip', ['-l', file], { encoding: 'utf8' }),
    };
  }
}, 60_000);

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

describe.each(['en', 'fr'] as const)('the %s Word roadmap', (language) => {
  it('is a Word package with its document, styles and content types', () => {
    const { files } = generated[language];
    for (const part of ['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']) {
      expect(files).toContain(part);
    }
  });

  it('holds every action of the plan with its number, cost and funding', () => {
    const { model, xml } = generated[language];
    const text = wordText(xml);
    for (const action of model.plan.actions) {
      expect(text).toContain(action.title);
      expect(text).toContain(action.funding);
    }
    expect(xml).toContain('<w:tblHeader/>');
  });

  it('keeps what leadership typed, in any script, escaped as text', () => {
    const text = wordText(generated[language].xml);
    expect(text).toContain('Nguyễn Thị Hường');
    expect(text).toContain('Fondation Lucie et André Chagnon');
    expect(text).toContain('Ask <before> March');
    expect(generated[language].xml).not.toContain('<before>');
  });

  it('sets the document language', () => {
    expect(generated[language].styles).toContain(`w:lang w:val="${language}-CA"`);
  });
});
