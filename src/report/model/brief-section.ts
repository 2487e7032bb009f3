// The funder brief, one or two pages right after the cover: progress since the previous cycle (a chart
// of previous, current and the next level per questionnaire, with how many people answered each
// time), the asks (the most urgent open actions not yet funded, with cost, owner, date, status and
// note), the essential controls still unmet, and the totals by horizon and funding source. Each
// questionnaire is compared only with itself.
import { cycleLabel } from '../../domain/cycle-period';
import { HORIZONS } from '../../engine/roadmap';
import { DASH, type Formatter } from '../../presentation/format';
import type { QuestionnaireReport, ReportInput } from './report-input';
import type { BarChart, BriefModel, PlanAction, PlanModel } from './report-model';

/** The issue asks for the top 5 to 8: six keep the brief to two pages with the chart and totals. */
export const ASK_LIMIT = 6;

/** The asks: open actions nobody funds yet, Now first, essential first, then in plan order. */
export function topAsks(plan: PlanModel, limit = ASK_LIMIT): PlanAction[] {
  const rank = (action: PlanAction) => HORIZONS.indexOf(action.horizon);
  return plan.actions
    .filter(
      (action) => action.unfunded && action.status !== 'done' && action.status !== 'not-relevant',
    )
    .sort(
      (a, b) =>
        rank(a) - rank(b) || Number(b.essential) - Number(a.essential) || a.number - b.number,
    )
    .slice(0, limit);
}

/** Where the next level above the current overall score starts, or null at the top or provisional. */
function nextLevelBound(report: QuestionnaireReport): number | null {
  const { overall } = report.result;
  if (overall.score === null) return null;
  const score = overall.score;
  const above = report.questionnaire.definition.levels
    .map((level) => level.lowerBound)
    .filter((bound) => bound > score)
    .sort((a, b) => a - b);
  return above[0] ?? null;
}

function respondents(report: QuestionnaireReport | undefined, format: Formatter): string {
  if (report === undefined) return DASH;
  return format.t(
    report.questionnaire.definition.respondent === 'individual'
      ? 'report:questionnaire.respondentsIndividual'
      : 'report:questionnaire.respondentsOrganization',
    { count: report.respondents },
  );
}

/** Unmet essential controls: each section holding a failed critical question, once. */
function unmetControls(input: ReportInput, format: Formatter): string[] {
  return input.questionnaires.flatMap(({ questionnaire, result }) => {
    const titles = new Set<string>();
    for (const questionId of result.baseline.failed) {
      const question = questionnaire.questionById.get(questionId);
      const dimension =
        question === undefined ? undefined : questionnaire.dimensionById.get(question.dimension);
      if (dimension !== undefined) titles.add(format.text(dimension.title));
    }
    return [...titles].map((control) =>
      format.t('report:brief.control', {
        questionnaire: format.text(questionnaire.definition.title),
        control,
      }),
    );
  });
}

export function briefSection(input: ReportInput, plan: PlanModel, format: Formatter): BriefModel {
  const { t } = format;
  const previousById = new Map(
    input.previous?.questionnaires.map((report) => [report.questionnaire.definition.id, report]),
  );
  const chart: BarChart = {
    bars: input.questionnaires.map((report) => {
      const previous = previousById.get(report.questionnaire.definition.id);
      return {
        label: format.text(report.questionnaire.definition.title),
        value: report.result.overall.score,
        ...(previous === undefined ? {} : { previous: previous.result.overall.score }),
        target: nextLevelBound(report),
      };
    }),
    levels: [],
  };
  const previousName = input.previous === undefined ? null : cycleLabel(input.previous.cycle);
  const asks = topAsks(plan);
  return {
    heading: t('report:brief.heading'),
    intro: t('report:brief.intro', { organization: input.profile.name }),
    progressHeading: t('report:brief.progressHeading'),
    chart,
    legend: {
      current: t('report:brief.legendCurrent', { cycle: cycleLabel(input.cycle) }),
      previous:
        previousName === null ? null : t('report:brief.legendPrevious', { cycle: previousName }),
      target: t('report:brief.legendTarget'),
    },
    progressTable: {
      columns: [
        t('report:summary.questionnaire'),
        t('report:brief.previousColumn'),
        t('report:brief.currentColumn'),
        t('report:brief.targetColumn'),
      ],
      rows: input.questionnaires.map((report) => {
        const previous = previousById.get(report.questionnaire.definition.id);
        const target = nextLevelBound(report);
        return [
          format.text(report.questionnaire.definition.title),
          previous === undefined
            ? t('report:brief.notAssessed')
            : t('report:brief.scoreWith', {
                score: format.resultScore(previous.result.overall),
                respondents: respondents(previous, format),
              }),
          t('report:brief.scoreWith', {
            score: format.resultScore(report.result.overall),
            respondents: respondents(report, format),
          }),
          target === null ? DASH : String(target),
        ];
      }),
    },
    progressNote:
      previousName === null ? t('report:brief.firstCycle') : t('report:brief.sameScale'),
    asksHeading: t('report:brief.asksHeading'),
    asksIntro: t('report:brief.asksIntro', { count: asks.length }),
    asks,
    controlsHeading: t('report:brief.controlsHeading'),
    controls: unmetControls(input, format),
    controlsNone: t('report:brief.controlsNone'),
    totalsHeading: t('report:brief.totalsHeading'),
  };
}
