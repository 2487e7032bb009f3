// The whole report, generated in English and French for a three-questionnaire cycle and read back
// with pdftotext: what a program officer would search for must be there as real text.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../src/lib/typography';
import { buildReportModel } from '../../src/report/model/build-model';
import { buildReportPdf } from '../../src/report/build-report';
import { roadmapEditKey } from '../../src/domain/roadmap-edit';
import type { ReportModel } from '../../src/report/model/report-model';
import { ORGANIZATION, reportInput } from './support/fixture';
import { nodeFonts } from './support/node-fonts';
import { pageText, pdfFonts, pdfInfo, pdfText, searchable } from './support/pdf-tools';
import { translator } from './support/translate';

const directory = mkdtempSync(join(tmpdir(), 'boussole-report-'));
const fonts = nodeFonts();

interface Generated {
  file: string;
  model: ReportModel;
  text: string;
  layout: string;
  info: Record<string, string>;
}

async function generate(language: Language, paper: 'letter' | 'a4' = 'letter'): Promise<Generated> {
  const input = reportInput({ language, paper });
  const t = await translator(language);
  const bytes = await buildReportPdf(input, t, fonts);
  const file = join(directory, `report-${language}-${paper}.pdf`);
  writeFileSync(file, bytes);
  return {
    file,
    model: buildReportModel(input, t),
    text: searchable(pdfText(file)),
    layout: pdfText(file, 'layout'),
    info: pdfInfo(file),
  };
}

const reports = {} as Record<Language, Generated>;

beforeAll(async () => {
  reports.en = await generate('en');
  reports.fr = await generate('fr');
}, 60_000);

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

const allTitles = (model: ReportModel): string[] =>
  model.roadmap.horizons.flatMap((horizon) =>
    horizon.groups.flatMap((group) => group.rows.map((row) => row.title)),
  );

describe.each(['en', 'fr'] as const)('the %s report', (language) => {
  it('is a real PDF with the organization name as searchable text', () => {
    const { file, text } = reports[language];
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(text).toContain(ORGANIZATION);
  });

  it('contains the title of every roadmap item', () => {
    const { model, text } = reports[language];
    const titles = allTitles(model);
    expect(titles.length).toBeGreaterThan(40);
    const missing = titles.filter((title) => !text.includes(searchable(title)));
    expect(missing).toEqual([]);
  });

  it('contains every reason and the items set aside as not relevant', () => {
    const { model, text } = reports[language];
    const reasons = model.roadmap.horizons.flatMap((horizon) =>
      horizon.groups.flatMap((group) => group.rows.flatMap((row) => row.reasons)),
    );
    // A long row may split across pages, with the footer and the table's repeated header rows
    // between its two parts: each reason's words are searched in order from where it starts.
    const inOrderFrom = (words: string[], start: number, limit: number) => {
      let at = start;
      for (const word of words) {
        at = text.indexOf(word, at);
        if (at < 0 || at > limit) return false;
        at += word.length;
      }
      return true;
    };
    const printed = (reason: string) => {
      const words = searchable(reason).split(' ');
      const anchor = words.slice(0, 6).join(' ');
      for (let at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) {
        if (inOrderFrom(words, at, at + reason.length + 1500)) return true;
      }
      return false;
    };
    expect(reasons.filter((reason) => !printed(reason))).toEqual([]);
    expect(model.roadmap.setAside?.titles).toHaveLength(1);
    expect(text).toContain(searchable(model.roadmap.setAside?.titles[0] ?? '—'));
  });

  it('embeds only the Noto Sans font, with a Unicode map for text extraction', () => {
    const used = pdfFonts(reports[language].file);
    expect(used.length).toBeGreaterThan(0);
    for (const font of used) {
      expect(font.name).toMatch(/\+NotoSans-/);
      expect(font).toMatchObject({ embedded: true, unicode: true });
    }
  });

  it('numbers every page after the cover and runs the organization in the footer', () => {
    const { file, info } = reports[language];
    const pages = Number(info.Pages);
    expect(pages).toBeGreaterThan(10);
    const of = language === 'fr' ? 'de' : 'of';
    expect(pageText(file, 1)).not.toMatch(/Page 1 /);
    for (const page of [2, 3, Math.floor(pages / 2), pages]) {
      const footer = pageText(file, page);
      expect(footer).toContain(`Page ${page} ${of} ${pages}`);
      expect(footer).toContain(ORGANIZATION);
    }
  });

  it('states on the cover the profile facts the organization chose', () => {
    const cover = searchable(pageText(reports[language].file, 1));
    const expected =
      language === 'fr'
        ? ['Province ou territoire : Québec', 'Personnel : De 6 à 15', 'Français, Anglais']
        : ['Province or territory: Quebec', 'Staff: 6 to 15', 'French, English'];
    for (const line of expected) expect(cover).toContain(line);
  });

  it('carries title, author, language and creation date metadata', () => {
    const { file, info } = reports[language];
    expect(info.Title).toContain(ORGANIZATION);
    expect(info.Title).toContain('Autoévaluation 2026');
    expect(info.Author).toBe(ORGANIZATION);
    expect(info.Creator).toBe('Boussole');
    expect(info.CreationDate).toContain('2026');
    expect(info['Page size']).toContain('612 x 792');
    expect(readFileSync(file).toString('latin1')).toContain(`/Lang (${language}-CA)`);
  });
});

describe('horizon headings', () => {
  it('head the roadmap with Now, Next and Later and what each means', () => {
    const { layout } = reports.en;
    expect(layout).toMatch(/^\s*Now\s+Start within 6 months\s*$/m);
    expect(layout).toMatch(/^\s*Next\s+6 months to 2 years\s*$/m);
    expect(layout).toMatch(/^\s*Later\s+2 years or more\s*$/m);
  });

  it('are Maintenant, Ensuite and Plus tard in French', () => {
    const { layout } = reports.fr;
    expect(layout).toMatch(/^\s*Maintenant\s+À entreprendre d’ici 6 mois\s*$/m);
    expect(layout).toMatch(/^\s*Ensuite\s+De 6 mois à 2 ans\s*$/m);
    expect(layout).toMatch(/^\s*Plus tard\s+Dans 2 ans ou plus\s*$/m);
  });
});

describe('French text', () => {
  it('keeps accented letters, œ and guillemets exactly as written', () => {
    const { text } = reports.fr;
    for (const words of [
      'Rivière-du-Loup',
      'Désigner une personne responsable du numérique et un petit comité directeur',
      'bien-être',
      'À entreprendre d’ici 6 mois',
      'façon',
      'groupes de mise en œuvre IG1 à IG3',
      'Parce que la réponse à « Qui dirige le travail numérique dans votre organisme ? »',
      'Échéance : 30 juin 2026',
      'Responsable : Geneviève Côté',
    ]) {
      expect(text).toContain(words);
    }
  });

  it('never splits a line between a word and the : ; ! ? or » after it', () => {
    // pdftotext keeps the line breaks: a line starting with one of these marks would be a bad break.
    const lines = reports.fr.layout.split('\n').map((line) => line.trim());
    expect(lines.filter((line) => /^[:;!?»]/.test(line))).toEqual([]);
  });
});

describe('long lists', () => {
  it('run over several pages without losing an item', async () => {
    const input = reportInput({ language: 'en', withPrevious: false });
    input.roadmapEdits = input.questionnaires.flatMap(({ questionnaire, result }) =>
      result.roadmap.map((item) => ({
        cycleId: input.cycle.id,
        itemKey: roadmapEditKey(questionnaire.definition.id, item.key),
        questionnaireId: questionnaire.definition.id,
        status: 'not-relevant' as const,
        updatedAt: input.generatedAt,
      })),
    );
    const t = await translator('en');
    const file = join(directory, 'all-set-aside.pdf');
    writeFileSync(file, await buildReportPdf(input, t, fonts));
    const text = searchable(pdfText(file));
    const titles = buildReportModel(input, t).roadmap.setAside?.titles ?? [];
    expect(titles.length).toBeGreaterThan(40);
    expect(titles.filter((title) => !text.includes(searchable(title)))).toEqual([]);
    expect(text).toContain('No actions in this horizon.');
    expect(text).not.toContain('Change since');
  }, 30_000);
});

describe('paper size', () => {
  it('can be A4', async () => {
    const a4 = await generate('en', 'a4');
    expect(a4.info['Page size']).toContain('595.28 x 841.89');
    expect(a4.text).toContain(ORGANIZATION);
  }, 30_000);
});
