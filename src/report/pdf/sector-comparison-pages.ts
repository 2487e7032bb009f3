// Draws the comparison with similar agencies: a page with one group per questionnaire.
import type { Content } from 'pdfmake/interfaces';
import { captionedList, heading, paragraph, together } from './blocks';
import type { SectorComparisonModel } from '../model/sector-comparison';

export function sectorComparisonContent(model: SectorComparisonModel): Content {
  return [
    heading(model.heading, 1),
    paragraph(model.intro, 'intro'),
    ...model.groups
      .map((group): Content[] => {
        const caption = [
          heading(group.heading, 2),
          ...(group.note === null ? [] : [paragraph(group.note)]),
        ];
        return [
          group.lines.length === 0 ? together(...caption) : captionedList(caption, group.lines),
          ...(group.notCompared.length === 0
            ? []
            : [captionedList([heading(group.notComparedHeading, 3)], group.notCompared)]),
        ];
      })
      .flat(),
  ];
}
