// The methodology page: which questionnaire versions (with content hashes) the results come from,
// how scores, levels and horizons are computed, and the frameworks the questions cite.
import { EFFORT_IMPACT_HORIZON } from '../../engine/roadmap';
import { frameworkIds, type Effort, type Impact } from '../../engine/schema';
import type { Formatter } from '../../presentation/format';
import type { QuestionnaireReport } from './report-input';
import type { ReportKey } from '../../presentation/translate';
import type { MethodologyModel } from './report-model';

type FrameworkId = (typeof frameworkIds)[number];

/** Frameworks cited by the questions or dimensions of the included questionnaires, in schema order. */
export function citedFrameworks(reports: readonly QuestionnaireReport[]): FrameworkId[] {
  const cited = new Set<FrameworkId>();
  for (const { questionnaire } of reports) {
    const { dimensions, questions } = questionnaire.definition;
    for (const { references } of [...dimensions, ...questions]) {
      for (const reference of references) cited.add(reference.framework);
    }
  }
  return frameworkIds.filter((id) => cited.has(id));
}

/** Each framework's full name; i18next reads "." as nesting, so "NIST-CSF-2.0" is keyed "NIST-CSF-2_0". */
const FRAMEWORK_NAMES: Record<FrameworkId, ReportKey> = {
  'CCCS-baseline': 'report:framework.CCCS-baseline',
  'CAN-DGSI-104': 'report:framework.CAN-DGSI-104',
  'CIS-v8': 'report:framework.CIS-v8',
  'NIST-CSF-2.0': 'report:framework.NIST-CSF-2_0',
  'Cyber-Essentials': 'report:framework.Cyber-Essentials',
  'DigComp-2.2': 'report:framework.DigComp-2_2',
  'DigComp-3.0': 'report:framework.DigComp-3_0',
  'Skills-for-Success': 'report:framework.Skills-for-Success',
  'NetHope-DNA': 'report:framework.NetHope-DNA',
  'EU-DMAT': 'report:framework.EU-DMAT',
  'NCVO-DMM': 'report:framework.NCVO-DMM',
  'Charity-Digital-Code': 'report:framework.Charity-Digital-Code',
  'GC-Digital-Standards': 'report:framework.GC-Digital-Standards',
  'UK-EDS': 'report:framework.UK-EDS',
  Northstar: 'report:framework.Northstar',
};

const EFFORTS: readonly Effort[] = ['low', 'medium', 'high'];
const IMPACTS: readonly Impact[] = ['high', 'medium', 'low'];

export function methodologySection(
  reports: readonly QuestionnaireReport[],
  format: Formatter,
): MethodologyModel {
  const { t } = format;
  return {
    heading: t('report:methodology.heading'),
    questionnairesHeading: t('report:methodology.questionnairesHeading'),
    questionnaires: {
      columns: [
        t('report:summary.questionnaire'),
        t('report:methodology.id'),
        t('report:methodology.version'),
        t('report:methodology.hash'),
      ],
      rows: reports.map(({ questionnaire, result }) => [
        format.text(questionnaire.definition.title),
        result.questionnaire.id,
        result.questionnaire.version,
        result.questionnaire.contentHash,
      ]),
    },
    scoring: {
      heading: t('report:methodology.scoresHeading'),
      paragraphs: [
        t('report:methodology.scores'),
        t('report:methodology.coverage'),
        t('report:methodology.provisional'),
        t('report:methodology.baseline'),
      ],
    },
    roadmap: {
      heading: t('report:methodology.horizonsHeading'),
      paragraphs: [t('report:methodology.horizons'), t('report:methodology.findOut')],
    },
    needs: {
      heading: t('report:methodology.needsHeading'),
      paragraphs: [t('report:methodology.needs')],
    },
    horizonMatrixHeading: t('report:methodology.matrixHeading'),
    horizonMatrix: {
      columns: [
        t('report:methodology.matrixCorner'),
        ...IMPACTS.map((impact) => format.t(`common:impact.${impact}`)),
      ],
      rows: EFFORTS.map((effort) => [
        format.t(`common:effort.${effort}`),
        ...IMPACTS.map((impact) => format.horizon(EFFORT_IMPACT_HORIZON[effort][impact])),
      ]),
    },
    levelsHeading: t('report:methodology.levelsHeading'),
    levels: reports.map(({ questionnaire }) =>
      t('report:methodology.levels', {
        questionnaire: format.text(questionnaire.definition.title),
        levels: [...questionnaire.definition.levels]
          .sort((a, b) => a.lowerBound - b.lowerBound)
          .map((level) =>
            t('report:methodology.levelBound', {
              level: format.text(level.label),
              bound: level.lowerBound,
            }),
          )
          .join(', '),
        share: format.percent(questionnaire.definition.levelCoverage),
      }),
    ),
    frameworksHeading: t('report:methodology.frameworksHeading'),
    frameworks: citedFrameworks(reports).map((id) => t(FRAMEWORK_NAMES[id])),
  };
}
