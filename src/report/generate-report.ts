// The report's single entry point, loaded with `await import()` when the user exports, so pdfmake and
// the font add nothing to the first page load. Everything runs in the browser, offline.
import { loadI18n } from '../lib/i18n';
import { buildReportPdf } from './build-report';
import { downloadBlob } from '../lib/download';
import { reportFileName } from './file-name';
import { loadReportFonts } from './fonts';
import type { ReportInput } from './report-input';
import { REPORT_NAMESPACES, reportTranslator } from './report-text';

export { reportFileName };

/** The PDF report for a cycle, in `input.language` on `input.paper`. */
export async function generateReportPdf(input: ReportInput): Promise<Uint8Array> {
  const [i18n, fonts] = await Promise.all([
    loadI18n(input.language, REPORT_NAMESPACES),
    loadReportFonts(),
  ]);
  return buildReportPdf(input, reportTranslator(i18n), fonts);
}

/** Generates the report and downloads it as `<organization>-<cycle>-<lang>.pdf`; returns the name. */
export async function exportReportPdf(input: ReportInput): Promise<string> {
  const fileName = reportFileName(input);
  const bytes = await generateReportPdf(input);
  downloadBlob(new Blob([bytes.slice()], { type: 'application/pdf' }), fileName);
  return fileName;
}
