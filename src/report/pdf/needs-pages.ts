// What the organization needs, as the PDF lays it out: workload, training, funding and resources.
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { NeedsModel } from '../model/report-model';
import { captionedList, captionRow, dataTable, heading, paragraph, together } from './blocks';
import { ruledTable } from './theme';

/** Resources as one compact table: title, address (a link), and whether it is free for nonprofits. */
function resourceTable(needs: NeedsModel, caption: Content[]): Content {
  const header: TableCell[] = [
    needs.resourceColumns.title,
    needs.resourceColumns.link,
    needs.resourceColumns.free,
  ].map((text) => ({ text, style: 'tableHeader' }));
  const body: TableCell[][] = needs.resources.map((resource) => [
    { text: resource.title },
    { text: resource.url, link: resource.url, style: 'link', wordBreak: 'break-all' },
    { text: resource.free ? needs.freeLabel : '' },
  ]);
  return {
    table: {
      headerRows: 2,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: ['*', 190, 62],
      body: [captionRow({ stack: caption }, 3), header, ...body],
    },
    layout: ruledTable(1),
    fontSize: 8,
    margin: [0, 2, 0, 8],
  };
}

export function needsContent(needs: NeedsModel): Content {
  const caption = (title: string, intro: string): Content[] => [
    heading(title, 2),
    paragraph(intro),
  ];
  const nothing = paragraph(needs.nothing, 'muted');
  return [
    heading(needs.heading, 1),
    paragraph(needs.intro, 'intro'),
    dataTable(needs.workload, ['*', 70, 70, 70, 50], {
      caption: caption(needs.workloadHeading, needs.workloadIntro),
      alignRight: [1, 2, 3, 4],
    }),
    needs.training.length === 0
      ? together(...caption(needs.trainingHeading, needs.trainingIntro), nothing)
      : captionedList(caption(needs.trainingHeading, needs.trainingIntro), needs.training),
    needs.funding.rows.length === 0
      ? together(...caption(needs.fundingHeading, needs.fundingIntro), nothing)
      : dataTable(needs.funding, ['*', 56, 76, 130], {
          caption: caption(needs.fundingHeading, needs.fundingIntro),
        }),
    needs.resources.length === 0
      ? together(...caption(needs.resourcesHeading, needs.resourcesIntro), nothing)
      : resourceTable(needs, caption(needs.resourcesHeading, needs.resourcesIntro)),
  ];
}
