// One page (or more) per questionnaire: facts, the dimension chart and the table; then the change
// since the earlier cycle.
import type { Content } from 'pdfmake/interfaces';
import { barChartSvg } from '../chart/chart-svg';
import type { ChangeModel, QuestionnaireSection } from '../model/report-model';
import { dataTable, factsGrid, heading, paragraph, together } from './blocks';
import { COLORS, FONT_FAMILY } from './theme';

export function questionnaireContent(section: QuestionnaireSection, width: number): Content {
  const columns = section.table.columns.length;
  const svg = barChartSvg(section.chart, {
    width,
    fontFamily: FONT_FAMILY,
    fontSize: 8,
    barColor: COLORS.bar,
    previousColor: COLORS.previous,
    gridColor: COLORS.grid,
    textColor: COLORS.text,
    mutedColor: COLORS.muted,
    insideColor: COLORS.coverText,
  });
  return [
    heading(section.heading, 1),
    paragraph(section.description, 'intro'),
    factsGrid(section.facts),
    ...(section.levelDescription === '' ? [] : [paragraph(section.levelDescription)]),
    ...section.notes.map((note) => ({ text: note, style: 'note' })),
    together(
      heading(section.chartHeading, 3),
      { svg, width },
      { text: section.chartCaption, style: 'small', margin: [0, 2, 0, 8] },
    ),
    dataTable(section.table, columns === 5 ? ['*', 52, 86, 54, 86] : ['*', 56, 96, 60], {
      alignRight: [1, 3],
    }),
  ];
}

export function changeContent(change: ChangeModel): Content {
  return [
    heading(change.heading, 1),
    paragraph(change.intro, 'intro'),
    ...change.groups.map((group): Content => {
      const caption = [
        heading(group.heading, 2),
        ...(group.note === null ? [] : [paragraph(group.note)]),
      ];
      return group.table.rows.length === 0
        ? together(...caption)
        : dataTable(group.table, ['*', 80, 60, 50], {
            caption,
            alignRight: [1, 2, 3],
            boldFirstRow: true,
          });
    }),
  ];
}
