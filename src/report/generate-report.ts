// The report's single entry point, loaded with `await import()` when the user exports, so pdfmake and
// the fonts add nothing to the first page load. Everything runs in the browser, offline (a font for
// Arabic or Chinese text is fetched the first time one is needed, then kept for offline use).
import { loadI18n } from '../lib/i18n';
import { buildReportPdf } from './build-report';
import { downloadBlob } from '../lib/download';
import { reportFileName } from './file-name';
import { createFormatter } from '../presentation/format';
import { REPORT_NAMESPACES, reportTranslator } from '../presentation/translate';
import { loadEmbeddedFaces, loadOnDemandFaces } from './fonts/load-faces';
import { EMBEDDED_FACES } from './fonts/report-faces';
import { checkPrintable, printCheckPasses, type PrintCheck } from './fonts/print-check';
import type { ReportInput } from './model/report-input';
import { roadmapRows } from './model/roadmap-rows';
import { typedFields } from './model/typed-fields';

export { printCheckPasses, reportFileName };
export type { PrintCheck };

async function prepare(input: ReportInput) {
  const t = reportTranslator(await loadI18n(input.language, REPORT_NAMESPACES));
  const rows = roadmapRows(
    input.questionnaires,
    input.roadmapEdits,
    createFormatter(input.language, t),
    input.profile.province,
  );
  const fields = typedFields(input, rows);
  const onDemand = await loadOnDemandFaces(fields.map((field) => field.text));
  return { t, fields, onDemand: onDemand.loaded };
}

/** What the report cannot print of what people typed, with the fonts this device can load now. */
export async function checkReportText(input: ReportInput): Promise<PrintCheck> {
  const { fields, onDemand } = await prepare(input);
  return checkPrintable(fields, [...EMBEDDED_FACES, ...onDemand.map((loaded) => loaded.face)]);
}

/** The PDF report for a cycle, in `input.language` on `input.paper`. */
export async function generateReportPdf(input: ReportInput): Promise<Uint8Array> {
  const [{ t, onDemand }, embedded] = await Promise.all([prepare(input), loadEmbeddedFaces()]);
  return buildReportPdf(input, t, [...embedded, ...onDemand]);
}

/** Generates the report and downloads it as `<organization>-<cycle>-<lang>.pdf`; returns the name. */
export async function exportReportPdf(input: ReportInput): Promise<string> {
  const fileName = reportFileName(input);
  const bytes = await generateReportPdf(input);
  downloadBlob(new Blob([bytes.slice()], { type: 'application/pdf' }), fileName);
  return fileName;
}
