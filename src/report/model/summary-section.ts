// The one-page executive summary: overall level per questionnaire (or, when too few questions are
// answered, a provisional score and what is missing), baseline, the three strongest and three weakest
// dimensions across all questionnaires, and the roadmap in one sentence.
import { HORIZONS } from '../../engine/roadmap';
import type { Formatter } from '../../presentation/format';
import { DASH } from '../../presentation/format';
import type { QuestionnaireReport } from './report-input';
import type { DimensionHighlight, RoadmapRow, SummaryModel } from './report-model';

export const HIGHLIGHT_COUNT = 3;
export const PRIORITY_COUNT = 3;

interface ScoredDimension extends DimensionHighlight {
  /** Position inside its questionnaire, to break ties in the order of the report. */
  order: number;
}

function scoredDimensions(report: QuestionnaireReport, format: Formatter): ScoredDimension[] {
  const { questionnaire, result } = report;
  return result.dimensions.flatMap((dimension, order): ScoredDimension[] => {
    const definition = questionnaire.dimensionById.get(dimension.dimensionId);
    if (dimension.score === null || definition === undefined) return [];
    return [
      {
        dimension: format.text(definition.title),
        questionnaire: format.text(questionnaire.definition.title),
        score: dimension.score,
        detail: dimension.provisional
          ? format.resultScore(dimension)
          : format.t('report:summary.highlight', {
              score: format.score(dimension.score),
              level: format.sectionLevel(questionnaire, result, dimension),
            }),
        order,
      },
    ];
  });
}

const strip = ({ order: _order, ...highlight }: ScoredDimension): DimensionHighlight => highlight;

/**
 * The strongest and weakest dimensions, compared only within a questionnaire (scores of different
 * questionnaires measure different things): with several questionnaires, each one's strongest and
 * weakest; with one, its three highest and three lowest. Never the same dimension twice.
 */
export function strengthsAndGaps(
  reports: readonly QuestionnaireReport[],
  format: Formatter,
): { strengths: DimensionHighlight[]; gaps: DimensionHighlight[] } {
  const perQuestionnaire = Math.max(1, Math.floor(HIGHLIGHT_COUNT / Math.max(1, reports.length)));
  const strengths: DimensionHighlight[] = [];
  const gaps: DimensionHighlight[] = [];
  for (const report of reports) {
    const dimensions = scoredDimensions(report, format);
    const strongest = [...dimensions]
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .slice(0, perQuestionnaire);
    const weakest = dimensions
      .filter((dimension) => !strongest.includes(dimension))
      .sort((a, b) => a.score - b.score || a.order - b.order)
      .slice(0, perQuestionnaire);
    strengths.push(...strongest.map(strip));
    gaps.push(...weakest.map(strip));
  }
  return { strengths, gaps };
}

function baselineText(report: QuestionnaireReport, format: Formatter): string {
  const { status } = report.result.baseline;
  return status === 'not-applicable' ? DASH : format.t(`report:summary.baseline.${status}`);
}

/** What to start first: Now items still open, critical ones first, then by engine priority. */
export function firstPriorities(rows: readonly RoadmapRow[]): RoadmapRow[] {
  return rows
    .filter(
      (row) => row.horizon === 'now' && row.status !== 'done' && row.status !== 'not-relevant',
    )
    .sort((a, b) => Number(b.critical) - Number(a.critical) || a.priority - b.priority)
    .slice(0, PRIORITY_COUNT);
}

export function summarySection(
  organization: string,
  reports: readonly QuestionnaireReport[],
  rows: readonly RoadmapRow[],
  format: Formatter,
): SummaryModel {
  const { t } = format;
  const { strengths, gaps } = strengthsAndGaps(reports, format);
  const shown = rows.filter((row) => row.status !== 'not-relevant');
  const counts = Object.fromEntries(
    HORIZONS.map((horizon) => [horizon, shown.filter((row) => row.horizon === horizon).length]),
  );
  const started = shown.filter((row) => row.status === 'in-progress' || row.status === 'done');
  const notes = reports.flatMap(({ questionnaire, result }) => {
    const title = format.text(questionnaire.definition.title);
    const cap = questionnaire.definition.criticalCap;
    const provisional = result.overall.provisional
      ? [
          t('report:summary.provisionalNote', {
            questionnaire: title,
            count: result.overall.missingForLevel,
          }),
        ]
      : [];
    if (result.baseline.status === 'not-met') {
      const message = cap === undefined ? t('common:baseline.not-met') : format.text(cap.message);
      return [...provisional, t('report:summary.note', { questionnaire: title, message })];
    }
    if (result.baseline.status === 'incomplete') {
      return [
        ...provisional,
        t('report:summary.note', {
          questionnaire: title,
          message: t('common:baseline.incomplete'),
        }),
      ];
    }
    return provisional;
  });

  return {
    heading: t('report:summary.heading'),
    intro: t('report:summary.intro', { organization, count: reports.length }),
    standing: {
      columns: [
        t('report:summary.questionnaire'),
        t('report:summary.score'),
        t('report:summary.level'),
        t('report:summary.baselineColumn'),
        t('report:summary.coverage'),
      ],
      rows: reports.map((report) => [
        format.text(report.questionnaire.definition.title),
        format.resultScore(report.result.overall),
        format.resultLevel(report.questionnaire, report.result.overall),
        baselineText(report, format),
        format.percent(report.result.overall.coverage),
      ]),
    },
    notes,
    strengthsHeading: t('report:summary.strengths'),
    strengths,
    gapsHeading: t('report:summary.gaps'),
    gaps,
    highlightsNote: reports.length > 1 ? t('report:summary.gapsIntro') : null,
    roadmapHeading: t('report:summary.roadmap'),
    roadmapHeadline: [
      t('report:summary.headline', {
        count: shown.length,
        now: counts.now ?? 0,
        next: counts.next ?? 0,
        later: counts.later ?? 0,
      }),
      ...(started.length > 0 ? [t('report:summary.started', { count: started.length })] : []),
    ].join(' '),
    prioritiesHeading: t('report:summary.priorities'),
    priorities: firstPriorities(rows).map((row) => row.title),
  };
}
