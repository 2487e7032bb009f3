// The editable Word roadmap: the cycle's action list as one table (number, action, horizon, status,
// owner, target date, estimated cost, funding, leadership's note), then the totals by horizon and by
// funding source, to paste into a proposal. Built on the device with the `docx` library, loaded only
// when someone asks for the file.
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { PlanModel, ReportModel, TextTable } from '../model/report-model';

/** Typed as run options: the constructor also takes a string, whose `bold` lint takes for String's. */
function runOptions(text: string, options: { bold?: boolean; muted?: boolean; italics?: boolean }) {
  const run: IRunOptions = {
    text,
    bold: options.bold === true,
    italics: options.italics === true,
    ...(options.muted === true ? { color: '56616E' } : {}),
  };
  return run;
}

const cell = (text: string, options: { bold?: boolean; muted?: boolean } = {}) =>
  new TableCell({
    children: text.split('\n').map(
      (line) =>
        new Paragraph({
          children: [new TextRun(runOptions(line, options))],
        }),
    ),
  });

const headerRow = (columns: readonly string[]) =>
  new TableRow({
    tableHeader: true,
    children: columns.map((column) => cell(column, { bold: true })),
  });

function textTable(table: TextTable): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      headerRow(table.columns),
      ...table.rows.map((row) => new TableRow({ children: row.map((value) => cell(value)) })),
    ],
  });
}

function actionTable(plan: PlanModel): Table {
  const { columns } = plan;
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      headerRow([
        columns.number,
        columns.action,
        columns.horizon,
        columns.status,
        columns.owner,
        columns.date,
        columns.cost,
        columns.funding,
        columns.note,
      ]),
      ...plan.actions.map(
        (action) =>
          new TableRow({
            cantSplit: true,
            children: [
              cell(String(action.number)),
              cell(
                [action.title, action.description ?? '', action.questionnaires.join(' · ')]
                  .filter((line) => line !== '')
                  .join('\n'),
              ),
              cell(action.horizonLabel),
              cell(action.statusLabel, { bold: action.status === 'done' }),
              cell(action.owner ?? '—'),
              cell(action.targetDate ?? '—'),
              cell(action.cost),
              cell(action.funding),
              cell(action.note ?? ''),
            ],
          }),
      ),
    ],
  });
}

/** The Word file's bytes. */
export async function buildRoadmapDocx(model: ReportModel): Promise<Uint8Array> {
  const { plan } = model;
  const document = new Document({
    creator: model.metadata.creator,
    title: model.metadata.title,
    subject: model.metadata.subject,
    styles: { default: { document: { run: { language: { value: model.metadata.languageTag } } } } },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({ text: model.cover.organization, heading: HeadingLevel.TITLE }),
          new Paragraph({ text: plan.heading, heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: plan.intro }),
          actionTable(plan),
          new Paragraph({
            children: [new TextRun(runOptions(plan.staffAssumption, { italics: true }))],
            alignment: AlignmentType.LEFT,
          }),
          textTable(plan.totals),
          new Paragraph({ text: '' }),
          textTable(plan.bySource),
          new Paragraph({ children: [new TextRun({ text: model.footer.text, color: '56616E' })] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
