// How the PDF lays out the roadmap: a coloured band per horizon (Now, Next, Later), then one table per
// questionnaire, with each item's number, title, reasons, first step and note, and its effort, impact
// and follow-up; a long row splits between lines of text.
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { HorizonSection, RoadmapGroup, RoadmapModel, RoadmapRow } from '../model/report-model';
import { captionedList, captionRow, heading, paragraph, together } from './blocks';
import { COLORS, HORIZON_COLORS, ruledTable } from './theme';

function itemCell(row: RoadmapRow, model: RoadmapModel): TableCell {
  const lines: Content[] = [];
  const done = row.status === 'done';
  const labels = [
    ...(done ? [{ text: model.doneLabel, color: COLORS.done }] : []),
    ...(row.critical ? [{ text: model.criticalLabel, color: COLORS.critical }] : []),
  ];
  if (labels.length > 0) {
    lines.push({
      text: labels.flatMap((label, index) => (index === 0 ? [label] : [' · ', label])),
      fontSize: 7.5,
      bold: true,
    });
  }
  lines.push({
    text: row.title,
    style: 'itemTitle',
    margin: [0, 0, 0, 2],
    ...(done ? { color: COLORS.done, decoration: 'lineThrough' as const } : {}),
  });
  for (const reason of row.reasons) lines.push({ text: reason, style: 'itemDetail' });
  if (row.firstStepLine !== null) {
    lines.push({
      text: row.firstStepLine,
      style: 'itemDetail',
      italics: true,
      margin: [0, 2, 0, 0],
    });
  }
  if (row.noteLine !== null) {
    lines.push({ text: row.noteLine, fontSize: 8, color: COLORS.text, margin: [0, 2, 0, 0] });
  }
  return { stack: lines };
}

/** A coloured band with the horizon's name and what it means. */
function horizonBanner(section: HorizonSection): Content {
  const band = { color: COLORS.coverText, fillColor: HORIZON_COLORS[section.horizon] };
  return {
    table: {
      widths: ['auto', '*'],
      body: [
        [
          { text: section.heading, fontSize: 13, bold: true, ...band },
          { text: section.hint, fontSize: 9, alignment: 'right', margin: [0, 3, 0, 0], ...band },
        ],
      ],
    },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      paddingLeft: (index) => (index === 0 ? 6 : 0),
      paddingRight: (index) => (index === 1 ? 6 : 0),
      paddingTop: () => 3,
      paddingBottom: () => 3,
    },
    margin: [0, 6, 0, 2],
  };
}

/** One questionnaire's items in a horizon. The banner (first group only), the questionnaire's name and
 * the column names are header rows: kept with the first item and repeated on the next page. */
function groupTable(model: RoadmapModel, group: RoadmapGroup, banner: Content | null): Content {
  const { columns } = model;
  const captions = [
    ...(banner === null ? [] : [captionRow(banner, 3)]),
    captionRow(heading(group.heading, 3), 3),
  ];
  const header: TableCell[] = [columns.number, columns.action, columns.details].map((text) => ({
    text,
    style: 'tableHeader',
  }));
  const body: TableCell[][] = group.rows.map((row) => [
    { text: String(row.number ?? row.priority), bold: true, color: COLORS.muted },
    itemCell(row, model),
    {
      stack: [...row.effortImpactLines, ...row.followUpLines].map((line) => ({
        text: line,
        fontSize: 8,
      })),
    },
  ]);
  return {
    table: {
      headerRows: captions.length + 1,
      keepWithHeaderRows: 1,
      // A long row splits between lines of text rather than leaving a third of a page blank.
      dontBreakRows: false,
      widths: [14, '*', 132],
      body: [...captions, header, ...body],
    },
    layout: ruledTable(captions.length),
    margin: [0, 0, 0, 10],
  };
}

function horizonContent(model: RoadmapModel, section: HorizonSection): Content {
  const banner = horizonBanner(section);
  if (section.groups.length === 0) return together(banner, paragraph(section.empty, 'muted'));
  return section.groups.map((group, index) =>
    groupTable(model, group, index === 0 ? banner : null),
  );
}

export function roadmapContent(model: RoadmapModel): Content {
  return [
    heading(model.heading, 1),
    paragraph(model.intro, 'intro'),
    ...model.horizons.map((section) => horizonContent(model, section)),
    ...(model.setAside === null
      ? []
      : [captionedList([heading(model.setAside.heading, 3)], model.setAside.titles, 'muted')]),
  ];
}
