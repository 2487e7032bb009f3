// Draws a report model into PDF bytes with pdfmake: US Letter or A4, the embedded font, metadata
// (title, author, language, creation date), page numbers and a running footer. No network access:
// pdfmake may fetch nothing, fonts come in as bytes.
import pdfMake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { FONT_NAMES, type FontStyle, type ReportFonts } from './font-files';
import { coverContent, COVER_BAND_HEIGHT, summaryContent } from './pdf-front';
import { methodologyContent } from './pdf-methodology';
import { clientOutcomesContent } from './pdf-client-outcomes';
import { changeContent, questionnaireContent } from './pdf-results';
import { needsContent, roadmapContent } from './pdf-roadmap';
import { fontSafe, fontSafeText } from './pdf-text';
import {
  COLORS,
  contentWidth,
  DEFAULT_STYLE,
  FONT_FAMILY,
  PAGE_MARGINS,
  PAGE_SIZES,
  STYLES,
} from './pdf-theme';
import type { ReportModel } from './report-model';
import { woffToSfnt } from './woff';

export function documentDefinition(model: ReportModel): TDocumentDefinitions {
  const page = PAGE_SIZES[model.paper];
  const width = contentWidth(model.paper);
  const content: Content = [
    coverContent(model.cover),
    summaryContent(model.summary),
    ...model.questionnaires.map((section) => questionnaireContent(section, width)),
    roadmapContent(model.roadmap),
    needsContent(model.needs),
    ...(model.change === null ? [] : [changeContent(model.change)]),
    ...(model.clientOutcomes === null ? [] : [clientOutcomesContent(model.clientOutcomes)]),
    methodologyContent(model.methodology),
  ];
  return {
    pageSize: { width: page.width, height: page.height },
    pageMargins: PAGE_MARGINS,
    language: model.metadata.languageTag,
    info: fontSafe({
      title: model.metadata.title,
      author: model.metadata.author,
      subject: model.metadata.subject,
      keywords: model.metadata.keywords,
      creator: model.metadata.creator,
      creationDate: model.metadata.creationDate,
    }),
    displayTitle: true,
    defaultStyle: DEFAULT_STYLE,
    styles: STYLES,
    content: fontSafe(content),
    background: (currentPage) =>
      currentPage === 1
        ? {
            canvas: [
              {
                type: 'rect',
                x: 0,
                y: 0,
                w: page.width,
                h: COVER_BAND_HEIGHT,
                color: COLORS.coverBand,
              },
            ],
          }
        : null,
    footer: (currentPage, pageCount) =>
      currentPage === 1
        ? null
        : {
            columns: [
              { text: fontSafeText(model.footer.text) },
              {
                text: fontSafeText(model.footer.page(currentPage, pageCount)),
                alignment: 'right',
                width: 'auto',
              },
            ],
            fontSize: 8,
            color: COLORS.muted,
            margin: [PAGE_MARGINS[0], 24, PAGE_MARGINS[2], 0],
          },
  };
}

/** What pdfmake's builds expose beyond their type definitions: the virtual file system fonts are read
 * from, and (Node build only) the local file policy. */
type PdfMakeRuntime = typeof pdfMake & {
  virtualfs: { writeFileSync(name: string, content: Uint8Array): void };
  setLocalAccessPolicy?: (callback: (path: string) => boolean) => void;
};
const runtime = pdfMake as PdfMakeRuntime;

let policiesSet = false;

/** pdfmake is a module-level singleton: deny it every URL and local file once. */
function lockDown(): void {
  if (policiesSet) return;
  runtime.setUrlAccessPolicy(() => false);
  if (typeof runtime.setLocalAccessPolicy === 'function') runtime.setLocalAccessPolicy(() => false);
  policiesSet = true;
}

const unpacked = new WeakMap<ReportFonts, Promise<ReportFonts>>();

/** The fonts as plain sfnt files (see woff.ts), unpacked once per set of font bytes. */
function unpackFonts(fonts: ReportFonts): Promise<ReportFonts> {
  let promise = unpacked.get(fonts);
  if (promise === undefined) {
    promise = Promise.all([
      woffToSfnt(fonts.normal),
      woffToSfnt(fonts.bold),
      woffToSfnt(fonts.italics),
      woffToSfnt(fonts.bolditalics),
    ]).then(([normal, bold, italics, bolditalics]) => ({ normal, bold, italics, bolditalics }));
    unpacked.set(fonts, promise);
  }
  return promise;
}

/** Puts the font bytes in pdfmake's virtual file system under their PostScript names (see
 * font-files.ts) and declares the family. */
function installFonts(fonts: ReportFonts): void {
  const files = {} as Record<FontStyle, string>;
  for (const style of Object.keys(FONT_NAMES) as FontStyle[]) {
    const name = FONT_NAMES[style];
    runtime.virtualfs.writeFileSync(name, fonts[style]);
    files[style] = name;
  }
  pdfMake.setFonts({ [FONT_FAMILY]: files });
}

export async function renderPdf(model: ReportModel, fonts: ReportFonts): Promise<Uint8Array> {
  lockDown();
  installFonts(await unpackFonts(fonts));
  const buffer = await pdfMake.createPdf(documentDefinition(model)).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
