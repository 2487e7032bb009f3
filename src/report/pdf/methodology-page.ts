// The methodology page: questionnaire versions and content hashes, how results are computed, levels
// and the frameworks cited.
import type { Content } from 'pdfmake/interfaces';
import type { MethodologyModel, TextSection } from '../model/report-model';
import { captionedList, dataTable, heading, paragraph, together } from './blocks';

function textSection(section: TextSection): Content {
  return together(
    heading(section.heading, 2),
    ...section.paragraphs.map((text) => paragraph(text)),
  );
}

export function methodologyContent(methodology: MethodologyModel): Content {
  return [
    heading(methodology.heading, 1),
    dataTable(methodology.questionnaires, [104, 92, 38, '*'], {
      caption: heading(methodology.questionnairesHeading, 2),
      fontSize: 8,
      breakAnywhere: [3],
    }),
    textSection(methodology.scoring),
    captionedList([heading(methodology.levelsHeading, 3)], methodology.levels),
    textSection(methodology.roadmap),
    dataTable(methodology.horizonMatrix, [130, '*', '*', '*'], {
      caption: heading(methodology.horizonMatrixHeading, 3),
    }),
    textSection(methodology.needs),
    captionedList([heading(methodology.frameworksHeading, 2)], methodology.frameworks),
  ];
}
