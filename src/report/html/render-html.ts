// The accessible report: one self-contained HTML file with the same content as the PDF. Real headings
// (h1 for the report, h2 per section, h3 inside), tables with header cells and captions, each chart
// an SVG with a text alternative followed by its data table, the document language set, inline style
// for screen and print, and nothing fetched from anywhere.
import { barChartSvg } from '../chart/chart-svg';
import type { ClientOutcomesModel } from '../model/client-outcomes-section';
import type {
  ChangeModel,
  MethodologyModel,
  NeedsModel,
  PlanModel,
  QuestionnaireSection,
  ReportModel,
  RoadmapModel,
  SummaryModel,
} from '../model/report-model';
import type { SectorComparisonModel } from '../model/sector-comparison';
import { element, list, paragraph, table, text } from './html-text';
import { HTML_STYLE } from './html-style';

export interface HtmlLabels {
  contents: string;
  chartAlternative: string;
  skipToContent: string;
}

interface Section {
  id: string;
  heading: string;
  body: string;
}

const h = (level: 2 | 3 | 4, value: string, id?: string) =>
  element(`h${level}`, { id }, text(value));

function summary(model: SummaryModel): string {
  const highlights = (heading: string, items: SummaryModel['strengths']) =>
    h(3, heading) +
    list(items.map((item) => `${item.dimension} (${item.questionnaire}) · ${item.detail}`));
  return [
    paragraph(model.intro),
    table(null, model.standing.columns, model.standing.rows, { rowHeaders: true }),
    ...model.notes.map((note) => paragraph(note, 'note')),
    highlights(model.strengthsHeading, model.strengths),
    highlights(model.gapsHeading, model.gaps),
    model.highlightsNote === null ? '' : paragraph(model.highlightsNote, 'note'),
    h(3, model.roadmapHeading),
    paragraph(model.roadmapHeadline),
    h(3, model.prioritiesHeading),
    list(model.priorities, true),
  ].join('');
}

function questionnaire(section: QuestionnaireSection, labels: HtmlLabels, index: number): string {
  const chartId = `chart-${index}`;
  const svg = barChartSvg(section.chart, {
    width: 640,
    fontFamily: 'Noto Sans, sans-serif',
    fontSize: 11,
    barColor: '#3c7cb3',
    previousColor: '#1d2733',
    gridColor: '#9aa6b2',
    textColor: '#1d2733',
    mutedColor: '#56616e',
    insideColor: '#ffffff',
  }).replace('<svg ', `<svg role="img" aria-labelledby="${chartId}-caption" `);
  return [
    paragraph(section.description),
    element(
      'dl',
      { class: 'facts' },
      ...section.facts.map(
        (fact) => element('dt', {}, text(fact.label)) + element('dd', {}, text(fact.value)),
      ),
    ),
    section.levelDescription === '' ? '' : paragraph(section.levelDescription),
    ...section.notes.map((note) => paragraph(note, 'note')),
    h(3, section.chartHeading),
    element(
      'figure',
      {},
      svg,
      element(
        'figcaption',
        { id: `${chartId}-caption` },
        text(`${section.chartCaption} ${labels.chartAlternative}`),
      ),
    ),
    table(null, section.table.columns, section.table.rows, { rowHeaders: true }),
  ].join('');
}

function plan(model: PlanModel): string {
  const { columns } = model;
  const head = [
    columns.number,
    columns.action,
    columns.horizon,
    columns.status,
    columns.owner,
    columns.date,
    columns.cost,
    columns.funding,
    columns.note,
  ];
  const rows = model.actions.map((action) =>
    element(
      'tr',
      { class: action.status === 'done' ? 'done' : undefined },
      element('td', {}, String(action.number)),
      element(
        'th',
        { scope: 'row' },
        text(action.title),
        action.description === null
          ? ''
          : element('div', { class: 'muted' }, text(action.description)),
        element('div', { class: 'muted' }, text(action.questionnaires.join(' · '))),
      ),
      ...[
        action.horizonLabel,
        action.statusLabel,
        action.owner ?? '—',
        action.targetDate ?? '—',
        action.cost,
        action.funding,
        action.note ?? '',
      ].map((cell) => element('td', {}, text(cell))),
    ),
  );
  return [
    paragraph(model.intro),
    element(
      'table',
      {},
      element(
        'thead',
        {},
        element('tr', {}, ...head.map((c) => element('th', { scope: 'col' }, text(c)))),
      ),
      element('tbody', {}, ...rows),
    ),
    paragraph(model.staffAssumption, 'note'),
    table(null, model.totals.columns, model.totals.rows, { rowHeaders: true }),
    table(null, model.bySource.columns, model.bySource.rows, { rowHeaders: true }),
  ].join('');
}

function roadmap(model: RoadmapModel): string {
  const parts = [paragraph(model.intro)];
  for (const horizon of model.horizons) {
    parts.push(h(3, `${horizon.heading} · ${horizon.hint}`));
    if (horizon.groups.length === 0) parts.push(paragraph(horizon.empty, 'muted'));
    for (const group of horizon.groups) {
      parts.push(
        h(4, group.heading),
        element(
          'ol',
          {},
          ...group.rows.map((row) =>
            element(
              'li',
              { value: String(row.priority) },
              row.critical
                ? element('span', { class: 'essential' }, text(`${model.criticalLabel} · `))
                : '',
              element('strong', {}, text(row.title)),
              list(row.reasons),
              row.firstStepLine === null ? '' : paragraph(row.firstStepLine, 'muted'),
              paragraph([...row.effortImpactLines, ...row.followUpLines].join(' · '), 'muted'),
              row.note === null ? '' : paragraph(row.note),
            ),
          ),
        ),
      );
    }
  }
  if (model.setAside !== null)
    parts.push(h(3, model.setAside.heading), list(model.setAside.titles));
  return parts.join('');
}

function needs(model: NeedsModel): string {
  const resources = element(
    'table',
    {},
    element(
      'thead',
      {},
      element(
        'tr',
        {},
        ...[
          model.resourceColumns.title,
          model.resourceColumns.link,
          model.resourceColumns.free,
        ].map((c) => element('th', { scope: 'col' }, text(c))),
      ),
    ),
    element(
      'tbody',
      {},
      ...model.resources.map((resource) =>
        element(
          'tr',
          {},
          element('th', { scope: 'row' }, text(resource.title)),
          element('td', {}, element('a', { href: resource.url }, text(resource.url))),
          element('td', {}, text(resource.free ? model.freeLabel : '')),
        ),
      ),
    ),
  );
  return [
    paragraph(model.intro),
    h(3, model.workloadHeading),
    paragraph(model.workloadIntro),
    table(null, model.workload.columns, model.workload.rows, { rowHeaders: true }),
    h(3, model.trainingHeading),
    paragraph(model.trainingIntro),
    model.training.length === 0 ? paragraph(model.nothing) : list(model.training),
    h(3, model.fundingHeading),
    paragraph(model.fundingIntro),
    model.funding.rows.length === 0
      ? paragraph(model.nothing)
      : table(null, model.funding.columns, model.funding.rows, { rowHeaders: true }),
    h(3, model.resourcesHeading),
    paragraph(model.resourcesIntro),
    model.resources.length === 0 ? paragraph(model.nothing) : resources,
  ].join('');
}

function change(model: ChangeModel): string {
  return [
    paragraph(model.intro),
    ...model.groups.map(
      (group) =>
        h(3, group.heading) +
        (group.note === null ? '' : paragraph(group.note)) +
        (group.table.rows.length === 0
          ? ''
          : table(null, group.table.columns, group.table.rows, { rowHeaders: true })),
    ),
  ].join('');
}

function sectorComparison(model: SectorComparisonModel): string {
  return [
    paragraph(model.intro),
    ...model.groups.map(
      (group) =>
        h(3, group.heading) +
        (group.note === null ? '' : paragraph(group.note)) +
        (group.lines.length === 0 ? '' : list(group.lines)) +
        (group.notCompared.length === 0
          ? ''
          : h(4, group.notComparedHeading) + list(group.notCompared)),
    ),
  ].join('');
}

/** The client digital skills checks: counts only, the same as the PDF's section. */
function clientOutcomes(model: ClientOutcomesModel): string {
  if (model.tooFew !== null) return paragraph(model.intro) + paragraph(model.tooFew);
  return [
    paragraph(model.intro),
    element(
      'dl',
      { class: 'facts' },
      ...model.facts.map(
        (fact) => element('dt', {}, text(fact.label)) + element('dd', {}, text(fact.value)),
      ),
    ),
    model.areas === null
      ? ''
      : table(model.areasCaption, model.areas.columns, model.areas.rows, { rowHeaders: true }),
    model.areasNote === null ? '' : paragraph(model.areasNote, 'note'),
    model.counts === null
      ? ''
      : table(model.countsCaption, model.counts.columns, model.counts.rows, { rowHeaders: true }),
  ].join('');
}

function methodology(model: MethodologyModel): string {
  const textSection = (section: { heading: string; paragraphs: string[] }) =>
    h(3, section.heading) + section.paragraphs.map((p) => paragraph(p)).join('');
  return [
    table(model.questionnairesHeading, model.questionnaires.columns, model.questionnaires.rows, {
      rowHeaders: true,
    }),
    textSection(model.scoring),
    h(3, model.levelsHeading),
    list(model.levels),
    textSection(model.roadmap),
    table(model.horizonMatrixHeading, model.horizonMatrix.columns, model.horizonMatrix.rows, {
      rowHeaders: true,
    }),
    textSection(model.needs),
    h(3, model.frameworksHeading),
    list(model.frameworks),
  ].join('');
}

export function sections(model: ReportModel, labels: HtmlLabels): Section[] {
  return [
    { id: 'summary', heading: model.summary.heading, body: summary(model.summary) },
    ...model.questionnaires.map((section, index) => ({
      id: `questionnaire-${section.questionnaireId}`,
      heading: section.heading,
      body: questionnaire(section, labels, index),
    })),
    ...(model.sectorComparison === null
      ? []
      : [
          {
            id: 'sector-comparison',
            heading: model.sectorComparison.heading,
            body: sectorComparison(model.sectorComparison),
          },
        ]),
    { id: 'plan', heading: model.plan.heading, body: plan(model.plan) },
    { id: 'roadmap', heading: model.roadmap.heading, body: roadmap(model.roadmap) },
    { id: 'needs', heading: model.needs.heading, body: needs(model.needs) },
    ...(model.change === null
      ? []
      : [{ id: 'change', heading: model.change.heading, body: change(model.change) }]),
    ...(model.clientOutcomes === null
      ? []
      : [
          {
            id: 'client-checks',
            heading: model.clientOutcomes.heading,
            body: clientOutcomes(model.clientOutcomes),
          },
        ]),
    { id: 'methodology', heading: model.methodology.heading, body: methodology(model.methodology) },
  ];
}

export function renderHtml(model: ReportModel, labels: HtmlLabels): string {
  const { cover } = model;
  const parts = sections(model, labels);
  const header = element(
    'header',
    {},
    paragraph(cover.kicker, 'kicker'),
    element('h1', {}, text(cover.title)),
    element('p', { class: 'organization' }, text(cover.organization)),
    list(cover.details),
    h(2, cover.questionnairesHeading),
    list(cover.questionnaires),
    paragraph(cover.note, 'note'),
  );
  const nav = element(
    'nav',
    { 'aria-labelledby': 'contents' },
    h(2, labels.contents, 'contents'),
    element(
      'ol',
      {},
      ...parts.map((part) =>
        element('li', {}, element('a', { href: `#${part.id}` }, text(part.heading))),
      ),
    ),
  );
  const main = element(
    'main',
    { id: 'content' },
    ...parts.map((part) =>
      element('section', { 'aria-labelledby': part.id }, h(2, part.heading, part.id), part.body),
    ),
  );
  const footer = element('footer', {}, paragraph(model.footer.text, 'muted'));
  return `<!doctype html>\n${element(
    'html',
    { lang: model.metadata.languageTag },
    element(
      'head',
      {},
      '<meta charset="utf-8">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      element('title', {}, text(model.metadata.title)),
      element('style', {}, HTML_STYLE),
    ),
    element(
      'body',
      {},
      element('a', { href: '#content', class: 'skip' }, text(labels.skipToContent)),
      header,
      nav,
      main,
      footer,
    ),
  )}\n`;
}
