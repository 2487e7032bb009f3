// Draws the client digital skills checks section (model/client-outcomes-section.ts).
import type { Content } from 'pdfmake/interfaces';
import type { ClientOutcomesModel } from '../model/client-outcomes-section';
import { dataTable, factsGrid, heading, paragraph } from './blocks';

export function clientOutcomesContent(section: ClientOutcomesModel): Content {
  const blocks: Content[] = [heading(section.heading, 1), paragraph(section.intro, 'intro')];
  if (section.tooFew !== null) return [...blocks, paragraph(section.tooFew)];
  blocks.push(factsGrid(section.facts));
  if (section.areas !== null) {
    const levels = section.areas.columns.length - 3;
    blocks.push(
      dataTable(section.areas, ['*', ...Array<number>(levels).fill(56), 62, 56], {
        caption: heading(section.areasCaption, 2),
        alignRight: section.areas.columns.map((_, index) => index).slice(1),
      }),
    );
  }
  if (section.areasNote !== null) blocks.push({ text: section.areasNote, style: 'note' });
  if (section.counts !== null)
    blocks.push(
      dataTable(section.counts, ['*', 60], {
        caption: heading(section.countsCaption, 2),
        alignRight: [1],
      }),
    );
  return blocks;
}
