// Every roadmap item of every questionnaire as a report row, with leadership's edits (status, owner,
// target date) applied. Rows keep the engine's horizon and priority.
import type { Formatter } from '../../presentation/format';
import { calendarDate } from '../../presentation/format';
import type { Province } from '../../engine/provinces';
import { resourceApplies, resourceUrl } from '../../engine/resources';
import { itemTitle, reasonSentences } from '../../presentation/reasons';
import { roadmapEditKey, type RoadmapEdit } from '../../domain/roadmap-edit';
import type { QuestionnaireReport } from './report-input';
import type { RoadmapRow } from './report-model';

/** `province`: the profile's; a province-specific resource is listed only there (all when unknown). */
export function roadmapRows(
  reports: readonly QuestionnaireReport[],
  edits: readonly RoadmapEdit[],
  format: Formatter,
  province?: Province,
): RoadmapRow[] {
  const editByKey = new Map(edits.map((edit) => [edit.itemKey, edit]));
  return reports.flatMap(({ questionnaire, result }) =>
    result.roadmap.map((item): RoadmapRow => {
      const itemKey = roadmapEditKey(questionnaire.definition.id, item.key);
      const edit = editByKey.get(itemKey);
      const recommendation =
        item.kind === 'recommendation'
          ? questionnaire.recommendationById.get(item.recommendationId)
          : undefined;
      const status = edit?.status ?? 'proposed';
      const statusLabel = format.t(`report:status.${status}`);
      const owner = edit?.owner === undefined || edit.owner === '' ? null : edit.owner;
      const individual = questionnaire.definition.respondent === 'individual';
      // A skills item's "who does it" speaks to one person ("You, over several months"): the report
      // speaks of the staff concerned instead.
      const suggestedOwner = individual
        ? format.t('report:roadmap.eachStaffShort')
        : recommendation?.whoDoesIt === undefined
          ? null
          : format.text(recommendation.whoDoesIt);
      const targetDate =
        edit?.targetDate === undefined ? null : format.date(calendarDate(edit.targetDate));
      const firstStep =
        recommendation?.firstStep === undefined ? null : format.text(recommendation.firstStep);
      const followUpLines = [format.t('report:roadmap.status', { status: statusLabel })];
      if (owner !== null) followUpLines.push(format.t('report:roadmap.owner', { owner }));
      else if (individual) followUpLines.push(format.t('report:roadmap.eachStaff'));
      else if (suggestedOwner !== null) {
        followUpLines.push(format.t('report:roadmap.suggestedOwner', { owner: suggestedOwner }));
      }
      if (targetDate !== null) {
        followUpLines.push(format.t('report:roadmap.target', { date: targetDate }));
      }
      return {
        itemKey,
        questionnaireId: questionnaire.definition.id,
        horizon: item.horizon,
        priority: item.priority,
        kind: item.kind,
        title: itemTitle(questionnaire, item, format),
        critical: item.critical,
        reasons: reasonSentences(questionnaire, item, format),
        firstStep,
        effort: item.effort,
        impact: item.impact,
        status,
        statusLabel,
        owner,
        suggestedOwner,
        targetDate,
        note: edit?.note === undefined || edit.note.trim() === '' ? null : edit.note,
        individual,
        resources: (recommendation?.resources ?? [])
          .filter((resource) => resourceApplies(resource, province))
          .map((resource) => ({
            title: format.text(resource.title),
            url: resourceUrl(resource, format.language),
            free: resource.free === true,
          })),
        firstStepLine:
          firstStep === null ? null : format.t('report:roadmap.firstStep', { step: firstStep }),
        noteLine:
          edit?.note === undefined || edit.note.trim() === ''
            ? null
            : format.t('report:roadmap.note', { note: edit.note }),
        effortImpactLines: [format.effort(item.effort), format.impact(item.impact)],
        followUpLines,
      };
    }),
  );
}

/** Rows still to act on: not done and not set aside as not relevant. */
export function openRows(rows: readonly RoadmapRow[]): RoadmapRow[] {
  return rows.filter((row) => row.status !== 'done' && row.status !== 'not-relevant');
}
