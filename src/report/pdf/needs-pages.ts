// What the organization needs, as the PDF lays it out: workload, training, funding and resources.
import type { Content } from 'pdfmake/interfaces';
import type { NeedsModel, ResourceLinkModel } from '../model/report-model';
import { captionedList, dataTable, heading, paragraph, together } from './blocks';

function resourceBlock(resource: ResourceLinkModel, freeLabel: string): Content {
  return {
    stack: [
      { text: resource.title },
      { text: resource.url, link: resource.url, style: 'link', fontSize: 8 },
      ...(resource.free ? [{ text: freeLabel, style: 'small' }] : []),
    ],
    unbreakable: true,
    margin: [0, 0, 0, 5],
  };
}

export function needsContent(needs: NeedsModel): Content {
  const caption = (title: string, intro: string): Content[] => [
    heading(title, 2),
    paragraph(intro),
  ];
  const nothing = paragraph(needs.nothing, 'muted');
  const [firstResource, ...otherResources] = needs.resources.map((resource) =>
    resourceBlock(resource, needs.freeLabel),
  );
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
    together(...caption(needs.resourcesHeading, needs.resourcesIntro), firstResource ?? nothing),
    ...otherResources,
  ];
}
