// Builds the whole report model from the report input: cover, summary, one section per questionnaire,
// the roadmap, needs, year-over-year change and methodology. Pure: same input, same model.
import { cycleLabel, cyclePeriod } from '../../domain/cycle-period';
import { briefSection } from './brief-section';
import { changeSection } from './change-section';
import { clientOutcomesSection } from './client-outcomes-section';
import { createFormatter, type Formatter } from '../../presentation/format';
import { methodologySection } from './methodology-section';
import { needsSection } from './needs-section';
import { planSection } from './plan-section';
import { profileLines } from './profile-lines';
import { questionnaireSection } from './questionnaire-section';
import type { QuestionnaireReport, ReportInput } from './report-input';
import type { CoverModel, ReportModel } from './report-model';
import type { Translate } from '../../presentation/translate';
import { roadmapRows } from './roadmap-rows';
import { roadmapSection } from './roadmap-section';
import { sectorComparisonSection } from './sector-comparison';
import { summarySection } from './summary-section';

function respondentsText(report: QuestionnaireReport, format: Formatter): string {
  return format.t(
    report.questionnaire.definition.respondent === 'individual'
      ? 'report:questionnaire.respondentsIndividual'
      : 'report:questionnaire.respondentsOrganization',
    { count: report.respondents },
  );
}

function cover(input: ReportInput, date: string, format: Formatter): CoverModel {
  const { t } = format;
  const { profile } = input;
  return {
    kicker: t('report:cover.kicker'),
    organization: profile.name,
    title: t('report:cover.title'),
    details: [
      t('report:cover.cycle', { cycle: cycleLabel(input.cycle) }),
      t('report:cover.period', { period: cyclePeriod(input.cycle) }),
      t('report:cover.date', { date }),
      ...profileLines(profile, format),
    ],
    questionnairesHeading: t('report:cover.questionnaires'),
    questionnaires: input.questionnaires.map((report) =>
      t('report:cover.questionnaire', {
        title: format.text(report.questionnaire.definition.title),
        version: report.questionnaire.definition.version,
        respondents: respondentsText(report, format),
      }),
    ),
    note: t('report:cover.note'),
  };
}

export function buildReportModel(input: ReportInput, t: Translate): ReportModel {
  const format = createFormatter(input.language, t);
  const generatedAt = new Date(input.generatedAt);
  const date = format.date(generatedAt);
  const organization = input.profile.name;
  const rows = roadmapRows(
    input.questionnaires,
    input.roadmapEdits,
    format,
    input.profile.province,
  );
  const previousById = new Map(
    input.previous?.questionnaires.map((report) => [report.questionnaire.definition.id, report]),
  );
  const title = t('report:metadata.title', { organization, cycle: cycleLabel(input.cycle) });
  const plan = planSection(input, format);

  return {
    language: input.language,
    paper: input.paper,
    metadata: {
      title,
      author: organization,
      subject: t('report:metadata.subject'),
      keywords: t('report:metadata.keywords'),
      creator: t('common:appName'),
      languageTag: input.language === 'fr' ? 'fr-CA' : 'en-CA',
      creationDate: generatedAt,
    },
    footer: {
      text: t('report:footer.text', { organization, date }),
      withOrganization: (shown) => t('report:footer.text', { organization: shown, date }),
      page: (page, pages) => t('report:footer.page', { page, pages }),
    },
    cover: cover(input, date, format),
    brief: briefSection(input, plan, format),
    contentsHeading: t('report:html.contents'),
    summary: summarySection(organization, input.questionnaires, rows, format),
    questionnaires: input.questionnaires.map((report) => {
      const previous = previousById.get(report.questionnaire.definition.id);
      return questionnaireSection(
        report,
        input.cycle,
        previous === undefined || input.previous === undefined
          ? undefined
          : { report: previous, cycleName: cycleLabel(input.previous.cycle) },
        format,
      );
    }),
    sectorComparison:
      input.sector === undefined
        ? null
        : sectorComparisonSection(input.sector, input.questionnaires, format),
    roadmap: roadmapSection(input.questionnaires, rows, format),
    needs: needsSection(rows, format),
    plan,
    change:
      input.previous === undefined
        ? null
        : changeSection(input.questionnaires, input.previous, format),
    clientOutcomes:
      input.clientChecks === undefined ? null : clientOutcomesSection(input.clientChecks, format),
    methodology: methodologySection(input.questionnaires, format),
  };
}
