// A questionnaire answered a third of the way, all at the top: the report a funder reads must show the
// score as provisional and what is missing, and never a level or a level's description, in the
// summary, on the questionnaire's page and in the change since the earlier cycle; checked in the model
// and, with pdftotext, in the PDF itself in both languages.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess';
import { frenchTypography, type Language } from '../../src/lib/typography';
import { buildReportModel } from '../../src/report/model/build-model';
import { buildReportPdf } from '../../src/report/build-report';
import type { ReportInput } from '../../src/report/model/report-input';
import type { ReportModel } from '../../src/report/model/report-model';
import { everyThird, extremeAnswers, loadShipped } from '../support/content';
import { exampleAnswers } from '../support/cycle-with-answers';
import { reportInput } from './support/fixture';
import { nodeFonts } from './support/node-fonts';
import { pdfText, searchable } from './support/pdf-tools';
import { translator } from './support/translate';

const maturity = loadShipped('digital-maturity');
const levels = maturity.definition.levels;
const provisional = assess(maturity, extremeAnswers(maturity, true, everyThird));
const earlier = assess(maturity, exampleAnswers('digital-maturity', 'small-town-agency'));

/** This cycle: digital maturity a third answered; the cycle before: the small-town agency in full. */
function input(language: Language): ReportInput {
  const base = reportInput({ language });
  return {
    ...base,
    cycle: { ...base.cycle, targets: {} },
    questionnaires: [{ questionnaire: maturity, result: provisional, respondents: 1 }],
    roadmapEdits: [],
    previous: {
      cycle: base.previous!.cycle,
      questionnaires: [{ questionnaire: maturity, result: earlier, respondents: 1 }],
    },
  };
}

const expected = {
  en: {
    score: '100 / 100 (provisional)',
    missing: 'Provisional: answer 23 more questions to get a level',
    note: 'Digital maturity: the score is provisional, as too few questions are answered for a level; answer 23 more questions to get one.',
    change:
      'Overall level in “Autoévaluation 2025”: Exploring. Overall level now: no level yet (provisional score).',
    methodology: 'A level needs 80% of a dimension',
  },
  fr: {
    score: '100 / 100 (provisoire)',
    missing: 'Provisoire : répondez à 23 autres questions pour obtenir un niveau',
    note: 'Maturité numérique : la note est provisoire, car trop peu de questions ont une réponse pour un niveau ; répondez à 23 autres questions pour en obtenir un.',
    change:
      'Niveau global au cycle « Autoévaluation 2025 » : Exploration. Niveau global maintenant : pas encore de niveau (note provisoire).',
    methodology: 'Un niveau exige que 80 % des questions applicables',
  },
} as const;

const directory = mkdtempSync(join(tmpdir(), 'boussole-provisional-'));
const generated = {} as Record<Language, { model: ReportModel; pages: string[]; text: string }>;

beforeAll(async () => {
  for (const language of ['en', 'fr'] as const) {
    const t = await translator(language);
    const file = join(directory, `provisional-${language}.pdf`);
    writeFileSync(file, await buildReportPdf(input(language), t, nodeFonts()));
    // pdftotext separates pages with a form feed
    const pages = pdfText(file).split('\f').map(searchable);
    generated[language] = {
      model: buildReportModel(input(language), t),
      pages,
      text: pages.join(' '),
    };
  }
}, 60_000);

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

describe.each(['en', 'fr'] as const)('the %s report of a provisional result', (language) => {
  const words = expected[language];
  /** The model's text is typeset: French has no-break spaces before : and ;. */
  const typeset = (text: string) => (language === 'fr' ? frenchTypography(text) : text);
  const label = (level: (typeof levels)[number]) => searchable(level.label[language]);

  it('shows the score as provisional and what is missing in the summary, naming no level', () => {
    const { summary } = generated[language].model;
    expect(summary.standing.rows[0]?.slice(1, 3)).toEqual([words.score, typeset(words.missing)]);
    expect(summary.notes).toContain(typeset(words.note));
    for (const highlight of [...summary.strengths, ...summary.gaps]) {
      expect(highlight.detail).toBe(words.score);
    }
  });

  it('shows no level and no level description on the questionnaire page', () => {
    const [section] = generated[language].model.questionnaires;
    expect(section?.facts.map((fact) => fact.value)).toEqual(
      expect.arrayContaining([words.score, typeset(words.missing)]),
    );
    expect(section?.levelDescription).toBe('');
    expect(section?.chart.levels.every((level) => level.label === '')).toBe(true);
    for (const row of section?.table.rows ?? []) {
      expect(row[2]).toMatch(language === 'en' ? /^Provisional: answer \d+ more/ : /^Provisoire/);
    }
  });

  it('says in the PDF text what the screen says', () => {
    const { text } = generated[language];
    expect(text).toContain(searchable(words.score));
    expect(text).toContain(searchable(words.missing));
    expect(text).toContain(searchable(words.note));
    expect(text).toContain(searchable(words.change));
    expect(text).toContain(searchable(words.methodology));
  });

  it('never prints a level description, nor a level name before the methodology', () => {
    const { pages, text } = generated[language];
    for (const level of levels) {
      expect(text).not.toContain(searchable(level.description[language]));
    }
    // Sections flow on: everything before the methodology's heading (its last mention: the table
    // of contents names it first) is checked.
    const methodology = language === 'en' ? 'Methodology ' : 'Méthodologie ';
    const methodologyPage = pages.findLastIndex((page) => page.includes(methodology));
    expect(methodologyPage).toBeGreaterThan(2);
    const cut = pages[methodologyPage]!.lastIndexOf(methodology);
    const before = [...pages.slice(0, methodologyPage), pages[methodologyPage]!.slice(0, cut)];
    // the earlier cycle's earned level is named in the change since then, and nowhere else
    const earlierLevel = levels.find((level) => level.id === earlier.overall.level)!;
    for (const page of before) {
      for (const level of levels) {
        const allowed = level === earlierLevel ? searchable(words.change) : '';
        expect(page.replace(allowed, '')).not.toContain(label(level));
      }
    }
  });
});
