import { beforeAll, describe, expect, it } from 'vitest';
import { assess } from '../../../src/engine/assess';
import type { Province } from '../../../src/engine/provinces';
import type { QuestionnaireReport } from '../../../src/report/model/report-input';
import type { RoadmapRow } from '../../../src/report/model/report-model';
import type { Formatter } from '../../../src/presentation/format';
import {
  fundingRows,
  needsSection,
  resourceLinks,
  trainingRows,
  workload,
} from '../../../src/report/model/needs-section';
import { openRows, roadmapRows } from '../../../src/report/model/roadmap-rows';
import { loadExamples, loadShipped } from '../../support/content';
import { currentReports, sampleEdits } from '../support/fixture';
import { formatter } from '../support/translate';

let en: Formatter;
beforeAll(async () => {
  en = await formatter('en');
});

const reports = currentReports();
const rows = () => roadmapRows(reports, sampleEdits('cycle', reports), en);

describe('what the organization needs', () => {
  it('counts only open items: neither done nor set aside', () => {
    const all = rows();
    const open = openRows(all);
    expect(open).toHaveLength(all.length - 2);
    const counts = workload(all);
    const total = Object.values(counts).reduce(
      (sum, byEffort) => sum + byEffort.low + byEffort.medium + byEffort.high,
      0,
    );
    expect(total).toBe(open.length);
    expect(counts.now.low).toBe(
      open.filter((row) => row.horizon === 'now' && row.effort === 'low').length,
    );
  });

  it('asks funding for the open high-effort items, with who usually does them', () => {
    const funding = fundingRows(rows());
    expect(funding.length).toBeGreaterThan(0);
    expect(funding.every((row) => row.effort === 'high' && row.status === 'proposed')).toBe(true);
    const section = needsSection(rows(), en);
    expect(section.funding.rows.map((row) => row[0])).toEqual(funding.map((row) => row.title));
    expect(section.funding.rows[0]?.[3]).toBe(funding[0]?.suggestedOwner);
    expect(section.fundingIntro).toBe(
      `${funding.length} open actions of high effort are likely to need dedicated budget or funding:`,
    );
  });

  it('lists as training the items of the questionnaire staff answer for themselves', () => {
    const training = trainingRows(rows());
    const literacy = reports.find((r) => r.questionnaire.definition.respondent === 'individual');
    expect(training.length).toBeGreaterThan(0);
    expect(
      training.every((row) => row.questionnaireId === literacy?.questionnaire.definition.id),
    ).toBe(true);
    expect(needsSection(rows(), en).training[0]).toBe(
      `${training[0]?.title ?? ''} (${en.horizon(training[0]?.horizon ?? 'now')})`,
    );
  });

  it('lists each linked resource once, from open items only', () => {
    const all = rows();
    const links = resourceLinks(all);
    expect(new Set(links.map((link) => link.url)).size).toBe(links.length);
    const openUrls = new Set(openRows(all).flatMap((row) => row.resources.map((r) => r.url)));
    expect(links.map((link) => link.url).sort()).toEqual([...openUrls].sort());
    expect(links.some((link) => link.free)).toBe(true);
  });

  it('has a workload row per horizon with a total', () => {
    const section = needsSection(rows(), en);
    expect(section.workload.columns).toEqual([
      'Horizon',
      'Low effort',
      'Medium effort',
      'High effort',
      'Total',
    ]);
    expect(section.workload.rows.map((row) => row[0])).toEqual(['Now', 'Next', 'Later']);
    for (const row of section.workload.rows) {
      const [, low, medium, high, total] = row.map(Number);
      expect((low ?? 0) + (medium ?? 0) + (high ?? 0)).toBe(total);
    }
  });
});

describe('resources', () => {
  const cyber = (): QuestionnaireReport[] => {
    const questionnaire = loadShipped('cybersecurity-baseline', '1.1.0');
    const example = loadExamples('cybersecurity-baseline', '1.1.0').find(
      (candidate) => candidate.name === 'small-rural-centre',
    );
    return [
      {
        questionnaire,
        result: assess(questionnaire, example!.example.answers),
        respondents: 1,
      },
    ];
  };
  const titles = (province: Province | undefined) =>
    resourceLinks(roadmapRows(cyber(), [], en, province)).map((link) => link.title);

  it('lists a province’s resources only for that province', () => {
    const manitoba = titles('MB');
    const quebec = titles('QC');
    expect(quebec.some((title) => title.startsWith("Commission d'accès à l'information"))).toBe(
      true,
    );
    expect(manitoba.some((title) => title.includes('Québec') || title.startsWith('Quebec'))).toBe(
      false,
    );
    expect(titles('YT').some((title) => title.startsWith("Commission d'accès"))).toBe(false);
  });

  it('keeps every province’s resources when the province is not stated', () => {
    expect(titles(undefined).length).toBeGreaterThan(titles('MB').length);
  });

  it('lists a resource linked from many actions once, by address or by title', () => {
    const shared = { title: 'TechSoup Canada', url: 'https://www.techsoupcanada.ca', free: true };
    const row = (resources: RoadmapRow['resources']) =>
      ({ ...rows()[0]!, status: 'proposed', resources }) satisfies RoadmapRow;
    const links = resourceLinks([
      row([shared]),
      row([{ ...shared, url: 'https://techsoupcanada.ca/' }]),
      row([{ ...shared, title: 'TechSoup Canada ', url: 'https://www.techsoupcanada.ca/fr' }]),
    ]);
    expect(links).toEqual([shared]);
  });

  it('says “free for nonprofits” once, as a column, not once per resource', () => {
    const section = needsSection(rows(), en);
    expect(section.resourceColumns.free).toBe('Free or discounted for nonprofits');
    expect(section.freeLabel).toBe('Yes');
  });
});
