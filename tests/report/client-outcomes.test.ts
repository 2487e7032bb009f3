// The funder report's section on client digital skills checks: counts over the anonymous records,
// one attribute at a time, and no figure at all below 5 checks.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CheckRecordFacts } from '../../src/engine/client-check/outcomes';
import { buildReportPdf } from '../../src/report/build-report';
import { clientOutcomesSection } from '../../src/report/model/client-outcomes-section';
import { buildReportHtml } from '../../src/report/generate-html';
import { clientCheck } from '../support/client-check';
import { reportInput } from './support/fixture';
import { nodeFonts } from './support/node-fonts';
import { pdfText, searchable } from './support/pdf-tools';
import { formatter, translator } from './support/translate';

const directory = mkdtempSync(join(tmpdir(), 'boussole-client-outcomes-'));
afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

const areas = ['device', 'communicating', 'information', 'transacting', 'safety'];
const record = (
  safety: string | null,
  overrides: Partial<CheckRecordFacts> = {},
): CheckRecordFacts => ({
  month: '2026-03',
  language: 'ar',
  mode: 'client-mode',
  levels: { ...Object.fromEntries(areas.map((a) => [a, 'building'])), safety },
  ...overrides,
});

const eight: CheckRecordFacts[] = [
  record('getting-started'),
  record('getting-started', { language: 'uk', program: 'LINC' }),
  record('building', { language: 'uk', program: 'LINC' }),
  record('confident', { language: 'es', mode: 'read-aloud', month: '2026-05' }),
  record('confident', { language: 'fr', program: 'LINC' }),
  record('building'),
  record(null, { month: '2026-01' }),
  record('confident'),
];

describe('the client outcomes section of the funder report', () => {
  it('counts each area by level and says who needed help, from five checks on', async () => {
    const section = clientOutcomesSection(
      { questionnaire: clientCheck, records: eight },
      await formatter('en'),
    );
    expect(section.tooFew).toBeNull();
    expect(section.facts).toEqual([
      { label: 'Checks', value: '8' },
      { label: 'Period', value: 'January 2026 to May 2026' },
    ]);
    expect(section.areas?.columns).toEqual([
      'Area',
      'Getting started',
      'Building',
      'Confident',
      'Not enough answers',
      'Needed help',
    ]);
    // 7 safety levels, 4 below Confident
    expect(section.areas?.rows.at(-1)).toEqual(['Staying safe online', '2', '2', '3', '1', '57%']);
    expect(section.counts?.rows).toContainEqual(['Language: Arabic', '4']);
    expect(section.counts?.rows).toContainEqual(['Program: LINC', '3']);
    expect(section.counts?.rows).toContainEqual(['Program: none chosen', '5']);
  });

  it('prints no figure at all below five checks, and says why', async () => {
    const section = clientOutcomesSection(
      { questionnaire: clientCheck, records: eight.slice(0, 4) },
      await formatter('fr'),
    );
    expect(section.tooFew).toContain('4 bilans');
    expect(section.areas).toBeNull();
    expect(section.counts).toBeNull();
  });

  it.each(['en', 'fr'] as const)(
    'appears in the %s PDF as real text',
    async (language) => {
      const input = reportInput({ language, withPrevious: false });
      input.clientChecks = { questionnaire: clientCheck, records: eight };
      const bytes = await buildReportPdf(input, await translator(language), nodeFonts());
      const file = join(directory, `client-outcomes-${language}.pdf`);
      writeFileSync(file, bytes);
      const text = searchable(pdfText(file));
      expect(text).toContain(
        language === 'en'
          ? 'Client digital skills checks'
          : 'Bilans de compétences numériques de la clientèle',
      );
      expect(text).toContain(language === 'en' ? 'Language: Ukrainian 2' : 'Langue : ukrainien 2');
    },
    60_000,
  );

  it('appears in the HTML report as a section in the contents, with the same counts', async () => {
    const input = reportInput({ language: 'en', withPrevious: false });
    input.clientChecks = { questionnaire: clientCheck, records: eight };
    const page = buildReportHtml(input, await translator('en'));
    expect(page).toContain('<a href="#client-checks">Client digital skills checks</a>');
    expect(page).toContain('<h2 id="client-checks">Client digital skills checks</h2>');
    expect(page).toMatch(
      /<th scope="row">Staying safe online<\/th><td>2<\/td><td>2<\/td><td>3<\/td><td>1<\/td><td>57%<\/td>/,
    );
    expect(page).toMatch(/<th scope="row">Program: LINC<\/th><td>3<\/td>/);
  });

  it('says in the HTML report, as in the PDF, why it prints no figure below five checks', async () => {
    const input = reportInput({ language: 'fr', withPrevious: false });
    input.clientChecks = { questionnaire: clientCheck, records: eight.slice(0, 3) };
    const page = buildReportHtml(input, await translator('fr'));
    expect(page).toContain('3 bilans');
    expect(page).not.toContain('Programme : LINC');
  });

  it('makes a report for a cycle that has client checks and nothing else answered', async () => {
    const input = reportInput({ language: 'en', withPrevious: false });
    input.questionnaires = [];
    input.roadmapEdits = [];
    input.clientChecks = { questionnaire: clientCheck, records: eight };
    const bytes = await buildReportPdf(input, await translator('en'), nodeFonts());
    const file = join(directory, 'client-outcomes-only.pdf');
    writeFileSync(file, bytes);
    expect(searchable(pdfText(file))).toContain('Staying safe online 2 2 3 1 57%');
  }, 60_000);
});
