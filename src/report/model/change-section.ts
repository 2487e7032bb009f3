// Year-over-year change: each questionnaire's overall and dimension scores against the earlier cycle.
// Dimensions are matched by id, which a new questionnaire version keeps when it means the same thing.
import { cycleLabel } from '../../domain/cycle-period';
import type { DimensionResult } from '../../engine/result';
import type { Cycle } from '../../domain/cycle';
import type { Formatter } from '../../presentation/format';
import { DASH } from '../../presentation/format';
import type { QuestionnaireReport } from './report-input';
import type { ChangeGroup, ChangeModel } from './report-model';

/** "+6", "−3" (a true minus sign), "0"; "—" when either score is missing. */
export function signedChange(previous: number | null, current: number | null): string {
  if (previous === null || current === null) return DASH;
  const change = Math.round(current) - Math.round(previous);
  if (change > 0) return `+${change}`;
  if (change < 0) return `\u2212${Math.abs(change)}`;
  return '0';
}

function changeGroup(
  current: QuestionnaireReport,
  previous: QuestionnaireReport | undefined,
  previousName: string,
  format: Formatter,
): ChangeGroup {
  const { t } = format;
  const { questionnaire, result } = current;
  const heading = format.text(questionnaire.definition.title);
  const columns = [
    t('report:questionnaire.dimension'),
    previousName,
    t('report:change.current'),
    t('report:change.change'),
  ];
  if (previous === undefined) {
    return {
      heading,
      note: t('report:change.notAssessed', { previous: previousName }),
      table: { columns, rows: [] },
    };
  }
  const previousById = new Map<string, DimensionResult>(
    previous.result.dimensions.map((dimension) => [dimension.dimensionId, dimension]),
  );
  const points = (score: number | null, provisional: boolean) =>
    score === null
      ? DASH
      : provisional
        ? t('common:provisional.score', { score: String(Math.round(score)) })
        : String(Math.round(score));
  const row = (
    label: string,
    before: { score: number | null; provisional: boolean } | undefined,
    after: { score: number | null; provisional: boolean },
  ): string[] => [
    label,
    points(before?.score ?? null, before?.provisional ?? false),
    points(after.score, after.provisional),
    signedChange(before?.score ?? null, after.score),
  ];
  const versionBefore = previous.result.questionnaire.version;
  const versionNow = result.questionnaire.version;
  const levelBefore = format.resultLevelInSentence(previous.questionnaire, previous.result.overall);
  const levelNow = format.resultLevelInSentence(questionnaire, result.overall);
  const notes = [
    t('report:change.level', { previousCycle: previousName, before: levelBefore, after: levelNow }),
  ];
  if (versionBefore !== versionNow) {
    notes.push(t('report:change.versions', { before: versionBefore, after: versionNow }));
  }
  return {
    heading,
    note: notes.join(' '),
    table: {
      columns,
      rows: [
        row(t('report:change.overall'), previous.result.overall, result.overall),
        ...result.dimensions.map((dimension) => {
          const definition = questionnaire.dimensionById.get(dimension.dimensionId);
          return row(
            definition === undefined ? dimension.dimensionId : format.text(definition.title),
            previousById.get(dimension.dimensionId),
            dimension,
          );
        }),
      ],
    },
  };
}

export function changeSection(
  reports: readonly QuestionnaireReport[],
  previous: { cycle: Cycle; questionnaires: QuestionnaireReport[] },
  format: Formatter,
): ChangeModel {
  const previousById = new Map(
    previous.questionnaires.map((report) => [report.questionnaire.definition.id, report]),
  );
  return {
    heading: format.t('report:change.heading', { previous: cycleLabel(previous.cycle) }),
    intro: format.t('report:change.intro', { previous: cycleLabel(previous.cycle) }),
    groups: reports.map((report) =>
      changeGroup(
        report,
        previousById.get(report.questionnaire.definition.id),
        cycleLabel(previous.cycle),
        format,
      ),
    ),
  };
}
