// The cover and the one-page executive summary.
import type { Content } from 'pdfmake/interfaces';
import type { CoverModel, DimensionHighlight, SummaryModel } from '../model/report-model';
import { bulletList, dataTable, heading, paragraph, together } from './blocks';
import { COLORS } from './theme';

/** Height of the coloured band behind the cover's title, drawn by the page background. */
export const COVER_BAND_HEIGHT = 190;

export function coverContent(cover: CoverModel): Content {
  return [
    { text: cover.kicker, fontSize: 11, color: COLORS.coverText, margin: [0, 30, 0, 6] },
    { text: cover.title, fontSize: 28, bold: true, color: COLORS.coverText, margin: [0, 0, 0, 0] },
    {
      text: cover.organization,
      // A long name gets a smaller size, so the cover stays one page.
      fontSize: cover.organization.length > 70 ? 18 : 24,
      bold: true,
      color: COLORS.heading,
      lineHeight: 1.1,
      margin: [0, 96, 0, 14],
    },
    {
      stack: cover.details.map((line) => ({ text: line, fontSize: 11, margin: [0, 0, 0, 3] })),
      margin: [0, 0, 0, 24],
    },
    { text: cover.questionnairesHeading, style: 'h3' },
    bulletList(cover.questionnaires),
    {
      text: cover.note,
      fontSize: 8.5,
      color: COLORS.muted,
      margin: [0, 24, 0, 0],
    },
  ];
}

function highlightList(title: string, highlights: readonly DimensionHighlight[]): Content {
  return {
    stack: [
      { text: title, style: 'h3' },
      ...highlights.map((highlight): Content => ({
        stack: [
          { text: highlight.dimension, bold: true },
          {
            text: `${highlight.questionnaire} · ${highlight.detail}`,
            style: 'small',
          },
        ],
        margin: [0, 0, 0, 5],
      })),
    ],
  };
}

export function summaryContent(summary: SummaryModel): Content {
  return [
    heading(summary.heading, 1, true),
    paragraph(summary.intro, 'intro'),
    dataTable(summary.standing, ['*', 58, 92, 70, 58], { alignRight: [1, 4] }),
    ...summary.notes.map((note) => ({ text: note, style: 'note' })),
    {
      columns: [
        highlightList(summary.strengthsHeading, summary.strengths),
        highlightList(summary.gapsHeading, summary.gaps),
      ],
      columnGap: 18,
      margin: [0, 4, 0, 4],
    },
    ...(summary.highlightsNote === null ? [] : [{ text: summary.highlightsNote, style: 'note' }]),
    together(
      heading(summary.roadmapHeading, 2),
      paragraph(summary.roadmapHeadline),
      { text: summary.prioritiesHeading, style: 'h3' },
      { ol: [...summary.priorities], margin: [0, 0, 0, 6] },
    ),
  ];
}
