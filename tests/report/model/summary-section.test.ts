import { beforeAll, describe, expect, it } from 'vitest';
import type { Formatter } from '../../../src/presentation/format';
import type { QuestionnaireReport } from '../../../src/report/model/report-input';
import type { RoadmapRow } from '../../../src/report/model/report-model';
import { roadmapRows } from '../../../src/report/model/roadmap-rows';
import {
  firstPriorities,
  strengthsAndGaps,
  summarySection,
} from '../../../src/report/model/summary-section';
import { currentReports, ORGANIZATION, sampleEdits } from '../support/fixture';
import { formatter } from '../support/translate';

let en: Formatter;
beforeAll(async () => {
  en = await formatter('en');
});

/** The same reports with each questionnaire's dimension scores replaced, in order. */
function withScores(scores: (number | null)[][]): QuestionnaireReport[] {
  return currentReports().map((report, index) => ({
    ...report,
    result: {
      ...report.result,
      dimensions: report.result.dimensions.map((dimension, position) => ({
        ...dimension,
        score: scores[index]?.[position] ?? null,
      })),
    },
  }));
}

const dimensionTitles = (report: QuestionnaireReport | undefined, positions: number[]) =>
  positions.map((position) => {
    const id = report?.questionnaire.definition.dimensions[position]?.id ?? '';
    return report?.questionnaire.dimensionById.get(id)?.title.en;
  });

describe('the executive summary', () => {
  it('compares dimensions only within a questionnaire: each one’s strongest and weakest', () => {
    const maturity = [50, 51, 52, 53, 54, 55, 56, 57, 58];
    const cyber = maturity.map((_, index) => 10 + index * 5).concat([55, 60, 65, 70, 75]);
    const literacy = [99, 1, null, 98, 60];
    const reports = withScores([maturity, cyber, literacy]);
    const { strengths, gaps } = strengthsAndGaps(reports, en);
    const [maturityReport, cyberReport, literacyReport] = reports;
    expect(strengths.map((s) => s.dimension)).toEqual([
      ...dimensionTitles(maturityReport, [8]),
      ...dimensionTitles(cyberReport, [13]),
      ...dimensionTitles(literacyReport, [0]),
    ]);
    expect(gaps.map((g) => g.dimension)).toEqual([
      ...dimensionTitles(maturityReport, [0]),
      ...dimensionTitles(cyberReport, [0]),
      ...dimensionTitles(literacyReport, [1]),
    ]);
    expect(strengths[2]?.detail).toMatch(/^99 \/ 100 · /);
    expect(gaps.map((g) => g.questionnaire)).toEqual(
      reports.map((report) => report.questionnaire.definition.title.en),
    );
  });

  it('gives a single questionnaire its three highest and three lowest', () => {
    const [maturity] = withScores([[50, 10, 90, 30, 70, 20, 60]]);
    const { strengths, gaps } = strengthsAndGaps([maturity!], en);
    expect(strengths.map((s) => s.score)).toEqual([90, 70, 60]);
    expect(gaps.map((g) => g.score)).toEqual([10, 20, 30]);
  });

  it('leaves out dimensions without a score and never names a dimension twice', () => {
    const reports = withScores([[40, null], [], [80]]);
    const { strengths, gaps } = strengthsAndGaps(reports, en);
    expect(strengths.map((s) => s.score)).toEqual([40, 80]);
    expect(gaps).toEqual([]);
  });

  it('breaks ties in the questionnaire’s order', () => {
    const reports = withScores([[70, 70], [70], [70]]);
    const { strengths, gaps } = strengthsAndGaps(reports, en);
    const [maturity] = reports;
    expect(strengths[0]?.dimension).toBe(dimensionTitles(maturity, [0])[0]);
    expect(gaps[0]?.dimension).toBe(dimensionTitles(maturity, [1])[0]);
  });

  it('gives each questionnaire its overall score, level, baseline and coverage', () => {
    const reports = currentReports();
    const rows = roadmapRows(reports, [], en);
    const summary = summarySection(ORGANIZATION, reports, rows, en);
    const titles = reports.map((report) => report.questionnaire.definition.title.en);
    expect(summary.standing.rows).toEqual([
      [titles[0], '26 / 100', 'Exploring', '—', '100%'],
      [titles[1], '45 / 100', 'Started', 'Not met', '100%'],
      [titles[2], '28 / 100', 'Foundation', '—', '100%'],
    ]);
    expect(summary.notes).toEqual([
      `${titles[1] ?? ''}: Baseline not met: at least one essential control is missing.`,
    ]);
    expect(summary.intro).toContain(ORGANIZATION);
  });

  it('sums up the roadmap by horizon, leaving out items set aside', () => {
    const reports = currentReports();
    const rows = roadmapRows(reports, sampleEdits('cycle', reports), en);
    const shown = rows.filter((row) => row.status !== 'not-relevant');
    const count = (horizon: RoadmapRow['horizon']) =>
      shown.filter((row) => row.horizon === horizon).length;
    const summary = summarySection(ORGANIZATION, reports, rows, en);
    expect(summary.roadmapHeadline).toBe(
      `The roadmap has ${shown.length} actions: ${count('now')} now, ${count('next')} next and ${count('later')} later. 2 are already under way or done.`,
    );
    expect(shown.length).toBe(rows.length - 1);
  });
});

describe('the first priorities', () => {
  it('are open Now items, essential ones first, at most three', () => {
    const reports = currentReports();
    const rows = roadmapRows(reports, sampleEdits('cycle', reports), en);
    const priorities = firstPriorities(rows);
    expect(priorities).toHaveLength(3);
    expect(priorities.every((row) => row.horizon === 'now' && row.critical)).toBe(true);
    expect(priorities.some((row) => row.status === 'done' || row.status === 'not-relevant')).toBe(
      false,
    );
  });
});
