// One questionnaire's results: overall facts, the dimension chart and the table of scores, levels and
// coverage (with the target level leadership set, when there is one).
import type { Cycle } from '../../domain/cycle';
import type { Formatter } from '../../presentation/format';
import { DASH, firstSentence } from '../../presentation/format';
import type { QuestionnaireReport } from './report-input';
import type { QuestionnaireSection } from './report-model';

export function questionnaireSection(
  report: QuestionnaireReport,
  cycle: Cycle,
  previous: { report: QuestionnaireReport; cycleName: string } | undefined,
  format: Formatter,
): QuestionnaireSection {
  const { t } = format;
  const { questionnaire, result } = report;
  const { definition } = questionnaire;
  const targets = cycle.targets[definition.id] ?? {};
  const hasTargets = Object.keys(targets).length > 0;
  const previousScores = new Map(
    previous?.report.result.dimensions.map((dimension) => [
      dimension.dimensionId,
      dimension.score,
    ]) ?? [],
  );
  // A provisional result has no level (engine rule); checked here too, as its description must never
  // be printed over a provisional score.
  const overallLevel = result.overall.provisional
    ? undefined
    : definition.levels.find((level) => level.id === result.overall.level);

  const facts = [
    { label: t('report:questionnaire.overall'), value: format.resultScore(result.overall) },
    {
      label: t('report:questionnaire.level'),
      value: format.resultLevel(questionnaire, result.overall),
    },
    ...(result.baseline.status === 'not-applicable'
      ? []
      : [
          {
            label: t('report:questionnaire.baseline'),
            value: t(`report:summary.baseline.${result.baseline.status}`),
          },
        ]),
    {
      label: t('report:questionnaire.respondents'),
      value: t(
        definition.respondent === 'individual'
          ? 'report:questionnaire.respondentsIndividual'
          : 'report:questionnaire.respondentsOrganization',
        { count: report.respondents },
      ),
    },
    { label: t('report:questionnaire.coverage'), value: format.percent(result.overall.coverage) },
    {
      label: t('report:questionnaire.confidence'),
      value: result.overall.confidence === null ? DASH : format.percent(result.overall.confidence),
    },
  ];

  const notes: string[] = [];
  if (result.overall.provisional) {
    notes.push(
      t('report:summary.provisionalNote', {
        questionnaire: format.text(definition.title),
        count: result.overall.missingForLevel,
      }),
    );
  }
  if (result.baseline.status === 'not-met') {
    notes.push(
      definition.criticalCap === undefined
        ? t('common:baseline.not-met')
        : format.text(definition.criticalCap.message),
    );
  }
  if (result.baseline.status === 'incomplete') notes.push(t('common:baseline.incomplete'));
  if (result.invalidAnswers.length > 0) {
    notes.push(t('report:questionnaire.invalidAnswers', { count: result.invalidAnswers.length }));
  }

  const dimensionTitle = (id: string): string => {
    const dimension = questionnaire.dimensionById.get(id);
    return dimension === undefined ? id : format.text(dimension.title);
  };

  return {
    questionnaireId: definition.id,
    heading: format.text(definition.title),
    description: firstSentence(format.text(definition.description)),
    facts,
    // An individual questionnaire's level descriptions speak to one person ("You do…"): the report
    // speaks of the team instead.
    levelDescription:
      definition.respondent === 'individual'
        ? t('report:questionnaire.teamLevel', { count: report.respondents })
        : overallLevel === undefined
          ? ''
          : format.text(overallLevel.description),
    notes,
    chartHeading: t('report:questionnaire.chartHeading'),
    chart: {
      bars: result.dimensions.map((dimension) => ({
        label: dimension.provisional
          ? t('report:questionnaire.provisionalBar', {
              dimension: dimensionTitle(dimension.dimensionId),
            })
          : dimensionTitle(dimension.dimensionId),
        value: dimension.score,
        ...(previous === undefined
          ? {}
          : { previous: previousScores.get(dimension.dimensionId) ?? null }),
      })),
      // Over a provisional result the bands are not named: a bar reaching into "Leading" would read
      // as a level the answers have not earned. The dashed lines and their bounds stay.
      levels: [...definition.levels]
        .sort((a, b) => a.lowerBound - b.lowerBound)
        .map((level) => ({
          label: result.overall.provisional ? '' : format.text(level.label),
          lowerBound: level.lowerBound,
        })),
    },
    chartCaption:
      previous === undefined
        ? t('report:questionnaire.chartCaption')
        : t('report:questionnaire.chartCaptionPrevious', { previous: previous.cycleName }),
    table: {
      columns: [
        t('report:questionnaire.dimension'),
        t('report:questionnaire.score'),
        t('report:questionnaire.level'),
        t('report:questionnaire.coverage'),
        ...(hasTargets ? [t('report:questionnaire.target')] : []),
      ],
      rows: result.dimensions.map((dimension) => {
        const target = targets[dimension.dimensionId];
        return [
          dimensionTitle(dimension.dimensionId),
          // the level cell beside it says the score is provisional; "(provisional)" would not fit here
          format.score(dimension.score),
          format.sectionLevel(questionnaire, result, dimension),
          format.percent(dimension.coverage),
          ...(hasTargets
            ? [target === undefined ? DASH : format.level(questionnaire, target)]
            : []),
        ];
      }),
    },
  };
}
