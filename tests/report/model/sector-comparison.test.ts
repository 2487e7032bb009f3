// The funder report's comparison with similar agencies: one sentence per compared measure with the
// peers' median, middle half and count, what could not be compared, and nothing when no benchmark was
// imported; checked in the model and, with pdftotext, in the PDF in both languages.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../../src/lib/typography';
import {
  aggregate,
  compareWithBenchmark,
  lookupIn,
  resultEntry,
  type PeerGroup,
} from '../../../src/engine/sector-snapshot';
import { buildReportModel } from '../../../src/report/model/build-model';
import { buildReportPdf } from '../../../src/report/build-report';
import { buildReportHtml } from '../../../src/report/generate-html';
import type { ReportInput } from '../../../src/report/model/report-input';
import { shippedDefinitions, syntheticContributions } from '../../support/sector-contributions';
import { profile, reportInput } from '../support/fixture';
import { nodeFonts } from '../support/node-fonts';
import { pdfText, searchable } from '../support/pdf-tools';
import { translator } from '../support/translate';

const definitions = lookupIn(shippedDefinitions());
const benchmark = aggregate(syntheticContributions(600, { seed: 11 }), {
  year: 2026,
  definitions,
});

function withComparison(language: Language, peerGroup: PeerGroup): ReportInput {
  const input = reportInput({ language, withPrevious: false });
  const sectorProfile = {
    province: profile.province ?? null,
    communitySize: profile.communitySize ?? null,
    staffBand: profile.staffBand ?? null,
  };
  return {
    ...input,
    sector: {
      year: 2026,
      comparisons: input.questionnaires.map(({ result }) =>
        compareWithBenchmark({
          entry: resultEntry(result),
          profile: sectorProfile,
          benchmark,
          peerGroup,
          definitions,
        }),
      ),
    },
  };
}

const directory = mkdtempSync(join(tmpdir(), 'boussole-sector-report-'));
const text = {} as Record<Language, string>;

beforeAll(async () => {
  for (const language of ['en', 'fr'] as const) {
    const file = join(directory, `sector-${language}.pdf`);
    const pdf = await buildReportPdf(
      withComparison(language, 'staffBand'),
      await translator(language),
      nodeFonts(),
    );
    writeFileSync(file, pdf);
    text[language] = searchable(pdfText(file));
  }
}, 60_000);

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

describe('the comparison with similar agencies in the report', () => {
  it('gives one sentence per compared measure, with the peers the agency chose', async () => {
    const t = await translator('en');
    const model = buildReportModel(withComparison('en', 'staffBand'), t);
    const section = model.sectorComparison;
    expect(section?.heading).toBe('Compared with similar agencies');
    expect(section?.intro).toMatch(
      /^From the 2026 sector benchmark, compared with agencies of your size band \(6 to 15 staff\)\./,
    );
    const maturity = section?.groups.find((g) => g.heading === 'Digital maturity');
    expect(maturity?.lines[0]).toMatch(
      /^Overall score: you: \d+; agencies of your size band \(6 to 15 staff\): median [\d.]+, middle half [\d.]+–[\d.]+, n = \d+$/,
    );
    // Every measure is either compared or listed as not compared.
    for (const [at, comparison] of withComparison(
      'en',
      'staffBand',
    ).sector!.comparisons.entries()) {
      const group = section!.groups[at]!;
      expect(group.lines.length + group.notCompared.length).toBe(comparison.measures.length);
    }
  });

  it('matches the figures the engine compared', async () => {
    const t = await translator('en');
    const input = withComparison('en', 'all');
    const model = buildReportModel(input, t);
    const comparison = input.sector!.comparisons[0]!;
    const overall = comparison.measures[0]!;
    if (overall.peers.status !== 'published') throw new Error('expected published peers');
    expect(model.sectorComparison?.groups[0]?.lines[0]).toContain(
      `you: ${overall.you}; all agencies: median ${overall.peers.median}`,
    );
    expect(model.sectorComparison?.groups[0]?.lines[0]).toContain(`n = ${overall.peers.n}`);
  });

  it('shows the same sentences in its own section of the HTML report', async () => {
    const t = await translator('en');
    const input = withComparison('en', 'staffBand');
    const model = buildReportModel(input, t);
    const html = buildReportHtml(input, t);
    expect(html).toContain('<a href="#sector-comparison">Compared with similar agencies</a>');
    expect(html).toContain('<h2 id="sector-comparison">Compared with similar agencies</h2>');
    expect(html).toContain(`<li>${model.sectorComparison!.groups[0]!.lines[0]!}</li>`);
  });

  it('is absent when no benchmark was imported', async () => {
    const model = buildReportModel(reportInput({ language: 'en' }), await translator('en'));
    expect(model.sectorComparison).toBeNull();
  });

  it.each([
    ['en', 'Compared with similar agencies', 'agencies of your size band (6 to 15 staff): median'],
    [
      'fr',
      'Comparaison avec des organismes semblables',
      'les organismes de votre taille (6 à 15 employés) : médiane',
    ],
  ] as const)('prints in the %s PDF', (language, heading, words) => {
    expect(text[language]).toContain(heading);
    expect(text[language]).toContain(words);
  });
});
