// The roadmap section: Now, Next and Later, each grouped by questionnaire in the engine's priority
// order (which keeps dependencies before the items that need them).
import { HORIZONS } from '../../engine/roadmap';
import type { Formatter } from '../../presentation/format';
import type { QuestionnaireReport } from './report-input';
import type { HorizonSection, RoadmapModel, RoadmapRow } from './report-model';

export function roadmapSection(
  reports: readonly QuestionnaireReport[],
  rows: readonly RoadmapRow[],
  format: Formatter,
): RoadmapModel {
  const { t } = format;
  const shown = rows.filter((row) => row.status !== 'not-relevant');
  const setAside = rows.filter((row) => row.status === 'not-relevant');
  const horizons = HORIZONS.map((horizon): HorizonSection => ({
    horizon,
    heading: format.horizon(horizon),
    hint: t(`common:horizon.${horizon}Hint`),
    empty: t('report:roadmap.empty'),
    groups: reports.flatMap(({ questionnaire }) => {
      const id = questionnaire.definition.id;
      const inGroup = shown
        .filter((row) => row.horizon === horizon && row.questionnaireId === id)
        .sort((a, b) => a.priority - b.priority);
      return inGroup.length === 0
        ? []
        : [
            {
              questionnaireId: id,
              // The horizon is named again: this heading repeats on every page the group runs over.
              heading: t('report:roadmap.group', {
                questionnaire: format.text(questionnaire.definition.title),
                horizon: format.horizon(horizon),
              }),
              // Numbered 1, 2, 3… as printed: items set aside are listed apart, leaving no gap.
              rows: inGroup.map((row, index) => ({ ...row, number: index + 1 })),
            },
          ];
    }),
  }));
  return {
    heading: t('report:roadmap.heading'),
    intro: t('report:roadmap.intro', { count: shown.length }),
    columns: {
      number: t('report:roadmap.number'),
      action: t('report:roadmap.action'),
      details: t('report:roadmap.details'),
    },
    criticalLabel: t('report:roadmap.critical'),
    doneLabel: t('report:roadmap.done'),
    horizons,
    setAside:
      setAside.length === 0
        ? null
        : {
            heading: t('report:roadmap.setAside', { count: setAside.length }),
            titles: setAside.map((row) =>
              row.note === null
                ? row.title
                : t('report:roadmap.setAsideBecause', { title: row.title, note: row.note }),
            ),
          },
  };
}
