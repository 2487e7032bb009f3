// Draws a report model into PDF bytes with pdfmake: US Letter or A4, the embedded font, metadata
// (title, author, language, creation date), page numbers and a running footer. No network access:
// pdfmake may fetch nothing, fonts come in as bytes.
import pdfMake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { FONT_NAMES, type LoadedFace, type ReportFonts } from '../fonts/font-files';
import { FONT_STYLES, type FontStyle } from '../fonts/font-style';
import { fontRunner, type FontRunner } from './font-runner';
import { briefContent, planContent } from './brief-pages';
import { coverContent, COVER_BAND_HEIGHT, summaryContent } from './front-pages';
import { methodologyContent } from './methodology-page';
import { clientOutcomesContent } from './client-outcomes-pages';
import { changeContent, questionnaireContent } from './results-pages';
import { needsContent } from './needs-pages';
import { roadmapContent } from './roadmap-table';
import { sectorComparisonContent } from './sector-comparison-pages';
import { fontSafe } from './font-safe-text';
import { COLORS, contentWidth, DEFAULT_STYLE, PAGE_MARGINS, PAGE_SIZES, STYLES } from './theme';
import type { ReportModel } from '../model/report-model';
import { woffToSfnt } from '../fonts/woff';

/** Room the footer's page number takes ("Page 12 de 34"), in points. */
const FOOTER_PAGE_WIDTH = 80;
const FOOTER_FONT_SIZE = 8;

/** Estimated width of a text at the footer's size, in points (wide scripts count double). */
function footerWidth(text: string): number {
  let units = 0;
  for (const character of text) {
    units += /[\u1100-\uffff]/u.test(character) && !/[\u2000-\u206f]/u.test(character) ? 2 : 1;
  }
  return units * FOOTER_FONT_SIZE * 0.56;
}

/**
 * The footer's text on one line: a long organization name would otherwise wrap and push the page
 * number onto a second line ("Page 2 / de 34"), so the name (never the date) is shortened with "…".
 * The cover prints it in full. Widths are estimated, erring on the short side.
 */
export function oneLineFooter(
  footer: ReportModel['footer'],
  organization: string,
  width: number,
): string {
  if (footerWidth(footer.text) <= width) return footer.text;
  const characters = Array.from(organization);
  for (let keep = characters.length - 1; keep > 0; keep--) {
    const text = footer.withOrganization(`${characters.slice(0, keep).join('').trimEnd()}…`);
    if (footerWidth(text) <= width) return text;
  }
  return footer.withOrganization('…');
}

export function documentDefinition(model: ReportModel, runs: FontRunner): TDocumentDefinitions {
  const page = PAGE_SIZES[model.paper];
  const width = contentWidth(model.paper);
  const content: Content = [
    coverContent(model.cover),
    briefContent(model.brief, model.plan, width),
    { toc: { title: { text: model.contentsHeading, style: 'h1' } } },
    summaryContent(model.summary),
    ...model.questionnaires.map((section) => questionnaireContent(section, width)),
    ...(model.sectorComparison === null ? [] : [sectorComparisonContent(model.sectorComparison)]),
    planContent(model.plan),
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
    content: runs.content(content),
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
              runs.inline(
                oneLineFooter(model.footer, model.cover.organization, width - FOOTER_PAGE_WIDTH),
              ),
              {
                text: runs.inline(model.footer.page(currentPage, pageCount)),
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

const unpacked = new WeakMap<Uint8Array, Promise<Uint8Array>>();

/** A font file as plain sfnt (see woff.ts), unpacked once per file's bytes. */
function unpack(file: Uint8Array): Promise<Uint8Array> {
  let promise = unpacked.get(file);
  if (promise === undefined) {
    promise = woffToSfnt(file);
    unpacked.set(file, promise);
  }
  return promise;
}

async function unpackFace(loaded: LoadedFace): Promise<LoadedFace> {
  const files = await Promise.all(FONT_STYLES.map((style) => unpack(loaded.files[style])));
  return {
    face: loaded.face,
    files: Object.fromEntries(FONT_STYLES.map((style, index) => [style, files[index]])) as Record<
      FontStyle,
      Uint8Array
    >,
  };
}

/** Puts each face's bytes in pdfmake's virtual file system and declares its family. The Latin face's
 * files go under their PostScript names (see font-files.ts). */
function installFonts(fonts: ReportFonts): void {
  const families: Record<string, Record<FontStyle, string>> = {};
  for (const { face, files } of fonts) {
    const names = {} as Record<FontStyle, string>;
    for (const style of FONT_STYLES) {
      const name = face.id === 'latin' ? FONT_NAMES[style] : `${face.family}-${style}`;
      runtime.virtualfs.writeFileSync(name, files[style]);
      names[style] = name;
    }
    families[face.family] = names;
  }
  pdfMake.setFonts(families);
}

export async function renderPdf(model: ReportModel, fonts: ReportFonts): Promise<Uint8Array> {
  lockDown();
  const unpackedFonts = await Promise.all(fonts.map(unpackFace));
  installFonts(unpackedFonts);
  const runs = fontRunner(unpackedFonts.map((loaded) => loaded.face));
  const buffer = await pdfMake.createPdf(documentDefinition(model, runs)).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
