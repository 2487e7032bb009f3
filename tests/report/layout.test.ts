// Layout rules of the funder report, checked page by page with pdftotext in both languages: the brief
// on page 2, every page but the last at least a quarter full, the footer on one line, chart labels
// never cut, and everything leadership wrote (notes, reasons for setting aside, own actions, owners,
// dates) printed, with French ordinal dates.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../src/lib/typography';
import { buildReportPdf } from '../../src/report/build-report';
import type { ReportInput } from '../../src/report/model/report-input';
import { reportInput } from './support/fixture';
import { nodeFonts } from './support/node-fonts';
import { pdfInfo, searchable } from './support/pdf-tools';
import { translator } from './support/translate';

const LONG_NAME =
  'Centre multiculturel d’accueil et d’intégration des personnes immigrantes et réfugiées de la grande région de Rivière-du-Loup et du Témiscouata';

function input(language: Language): ReportInput {
  const base = reportInput({ language, version: '1.1.0' });
  base.profile = { ...base.profile, name: LONG_NAME };
  base.roadmapEdits = base.roadmapEdits.map((edit) =>
    edit.status === 'not-relevant'
      ? { ...edit, note: 'Our IT provider already does this under contract' }
      : edit.status === 'in-progress'
        ? { ...edit, note: 'Budget line 4.2 of the 2026 proposal' }
        : edit,
  );
  base.ownActions = [
    {
      id: 'own-1',
      title: 'Hire a part-time Digital Navigator',
      description: 'Two days a week, shared with the public library.',
      horizon: 'now',
      cost: { recurring: { min: 20000, max: 26000, per: 'year', scope: 'organization' } },
      owner: 'Amira Haddad',
      targetDate: '2027-01-01',
      status: 'planned',
      funding: { source: 'not-yet-funded' },
      note: 'Asked the Chagnon foundation in March.',
    },
  ];
  return base;
}

interface Page {
  text: string;
  /** Lowest point of the page's text above the footer, as a share of the body's height. */
  filled: number;
}

const directory = mkdtempSync(join(tmpdir(), 'boussole-layout-'));
const reports = {} as Record<Language, { pages: Page[]; text: string }>;

/** Each page's text and how far down its body text reaches (pdftotext -bbox word boxes). */
function pages(file: string): Page[] {
  const count = Number(pdfInfo(file).Pages);
  const boxes = execFileSync('pdftotext', ['-bbox', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const perPage = boxes.split('<page ').slice(1);
  return Array.from({ length: count }, (_, index) => {
    const page = perPage[index] ?? '';
    const height = Number(/height="([\d.]+)"/.exec(page)?.[1] ?? 792);
    const bodyTop = 54;
    const bodyBottom = height - 62;
    const lowest = [...page.matchAll(/yMax="([\d.]+)"/g)]
      .map((match) => Number(match[1]))
      .filter((y) => y < bodyBottom)
      .reduce((max, y) => Math.max(max, y), bodyTop);
    return {
      text: searchable(
        execFileSync(
          'pdftotext',
          ['-raw', '-f', String(index + 1), '-l', String(index + 1), file, '-'],
          {
            encoding: 'utf8',
          },
        ),
      ),
      filled: (lowest - bodyTop) / (bodyBottom - bodyTop),
    };
  });
}

beforeAll(async () => {
  for (const language of ['en', 'fr'] as const) {
    const data = input(language);
    const file = join(directory, `layout-${language}.pdf`);
    writeFileSync(file, await buildReportPdf(data, await translator(language), nodeFonts()));
    const all = pages(file);
    reports[language] = { pages: all, text: all.map((page) => page.text).join(' ') };
  }
}, 120_000);

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

const words = {
  en: {
    brief: 'For funders: the brief',
    of: 'of',
    date: 'January 1, 2027',
    setAside: 'Why: Our IT provider already does this under contract',
    done: 'Done',
  },
  fr: {
    brief: 'Pour les bailleurs de fonds : l’essentiel',
    of: 'de',
    date: '1er janvier 2027',
    setAside: 'Pourquoi : Our IT provider already does this under contract',
    done: 'Terminé',
  },
} as const;

describe.each(['en', 'fr'] as const)('the %s report’s layout', (language) => {
  it('opens with the funder brief on page 2, the asks and the totals before the appendices', () => {
    const { pages: all } = reports[language];
    expect(all[1]?.text).toContain(words[language].brief);
    const briefPages = all
      .slice(1, 4)
      .map((page) => page.text)
      .join(' ');
    expect(briefPages).toContain('Hire a part-time Digital Navigator');
  });

  it('leaves no page but the last less than a quarter full', () => {
    const { pages: all } = reports[language];
    const sparse = all
      .slice(0, -1)
      .map((page, index) => ({ page: index + 1, filled: Math.round(page.filled * 100) }))
      .filter((page) => page.filled < 25);
    expect(sparse).toEqual([]);
  });

  it('keeps the footer on one line: the name (shortened if need be) and the page number', () => {
    const { pages: all } = reports[language];
    all.slice(1).forEach((page, index) => {
      const number = index + 2;
      expect(page.text).toMatch(
        new RegExp(
          `Centre multiculturel[^·]*· .* Page ${number} ${words[language].of} ${all.length}$`,
        ),
      );
    });
  });

  it('never cuts a chart label or a name with “…” outside the footer', () => {
    const { pages: all } = reports[language];
    for (const page of all) {
      const body = page.text.replace(/Centre multiculturel[^·]*· .*$/, '');
      expect(body).not.toContain('…');
    }
  });

  it('prints what leadership wrote: notes, reasons for setting aside, own actions, owners, dates', () => {
    const { text } = reports[language];
    for (const written of [
      'Budget line 4.2 of the 2026 proposal',
      words[language].setAside,
      'Hire a part-time Digital Navigator',
      'Two days a week, shared with the public library.',
      'Asked the Chagnon foundation in March.',
      'Amira Haddad',
      'Geneviève Côté',
      words[language].date,
      words[language].done,
    ]) {
      expect(text).toContain(written);
    }
  });
});
