// The funder brief (right after the cover) and the action plan appendix.
import type { Content, Margins, TableCell } from 'pdfmake/interfaces';
import { barChartSvg } from '../chart/chart-svg';
import { bulletList, captionRow, dataTable, heading, paragraph, together } from './blocks';
import { COLORS, FONT_FAMILY, ruledTable } from './theme';
import type { BriefModel, PlanAction, PlanModel, TextTable } from '../model/report-model';

function chart(brief: BriefModel, width: number): Content {
  return {
    svg: barChartSvg(
      brief.chart,
      {
        width,
        fontFamily: FONT_FAMILY,
        fontSize: 8,
        barColor: COLORS.bar,
        previousColor: COLORS.previous,
        gridColor: COLORS.grid,
        textColor: COLORS.text,
        mutedColor: COLORS.muted,
        insideColor: COLORS.coverText,
      },
      brief.legend,
    ),
    width,
  };
}

/** An action in a table cell: its title, labels, owner's note. */
function actionCell(action: PlanAction, withNote: boolean): TableCell {
  const done = action.status === 'done';
  const lines: Content[] = [
    {
      text: action.title,
      bold: true,
      ...(done ? { color: COLORS.done, decoration: 'lineThrough' as const } : {}),
    },
    ...(action.description === null
      ? []
      : [{ text: action.description, fontSize: 7.5, color: COLORS.muted }]),
    { text: action.questionnaires.join(' · '), fontSize: 7, color: COLORS.muted },
    ...(withNote && action.note !== null
      ? [
          {
            text: action.note,
            fontSize: 7.5,
            italics: true,
            margin: [0, 1, 0, 0] satisfies Margins,
          },
        ]
      : []),
  ];
  return { stack: lines };
}

/** The plan's actions as a table: number, action (with the note), horizon and status, owner and
 * date, cost, funding. Rows split between lines when long. */
export function actionTable(
  plan: PlanModel,
  actions: readonly PlanAction[],
  caption?: Content,
): Content {
  const { columns } = plan;
  const header: TableCell[] = [
    columns.number,
    columns.action,
    `${columns.horizon} · ${columns.status}`,
    `${columns.owner} · ${columns.date}`,
    columns.cost,
    columns.funding,
  ].map((text) => ({ text, style: 'tableHeader' }));
  const body: TableCell[][] = actions.map((action) => [
    { text: String(action.number), bold: true, color: COLORS.muted },
    actionCell(action, true),
    {
      stack: [
        action.horizonLabel,
        {
          text: action.statusLabel,
          bold: action.status === 'done',
          color: action.status === 'done' ? COLORS.done : COLORS.text,
        },
      ],
    },
    { stack: [action.owner ?? '—', action.targetDate ?? '—'] },
    { text: action.cost },
    { text: action.funding, ...(action.unfunded ? { bold: true } : {}) },
  ]);
  const captions = caption === undefined ? [] : [captionRow(caption, 6)];
  return {
    table: {
      headerRows: captions.length + 1,
      keepWithHeaderRows: 1,
      dontBreakRows: false,
      widths: [14, '*', 62, 72, 80, 62],
      body: [...captions, header, ...body],
    },
    layout: ruledTable(captions.length),
    fontSize: 7.5,
    margin: [0, 2, 0, 8],
  };
}

function table(table: TextTable, widths: (number | '*')[], caption?: Content): Content {
  return dataTable(table, widths, {
    ...(caption === undefined ? {} : { caption }),
    fontSize: 8,
  });
}

export function briefContent(brief: BriefModel, plan: PlanModel, width: number): Content {
  return [
    heading(brief.heading, 1, true),
    paragraph(brief.intro, 'intro'),
    together(heading(brief.progressHeading, 2), chart(brief, width)),
    table(brief.progressTable, ['*', 130, 130, 62]),
    { text: brief.progressNote, style: 'note' },
    brief.asks.length === 0
      ? together(heading(brief.asksHeading, 2), paragraph(brief.asksIntro))
      : actionTable(plan, brief.asks, {
          stack: [heading(brief.asksHeading, 2), paragraph(brief.asksIntro)],
        }),
    together(
      heading(brief.controlsHeading, 2),
      brief.controls.length === 0 ? paragraph(brief.controlsNone) : bulletList(brief.controls),
    ),
    table(plan.totals, [70, 44, '*', '*'], heading(brief.totalsHeading, 2)),
    table(plan.bySource, ['*', 60, 200]),
    { text: plan.staffAssumption, style: 'note' },
  ];
}

export function planContent(plan: PlanModel): Content {
  return [
    heading(plan.heading, 1),
    paragraph(plan.intro, 'intro'),
    actionTable(plan, plan.actions),
    { text: plan.staffAssumption, style: 'note' },
  ];
}
