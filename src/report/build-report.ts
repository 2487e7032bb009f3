// Report input to PDF bytes, given the translations and the font: the part shared by the browser
// entry point (generate-report.ts) and Node tests and benchmarks.
import { buildReportModel } from './model/build-model';
import type { ReportFonts } from './fonts/font-files';
import type { ReportInput } from './model/report-input';
import type { Translate } from '../presentation/translate';
import { renderPdf } from './pdf/render-pdf';

export function buildReportPdf(
  input: ReportInput,
  t: Translate,
  fonts: ReportFonts,
): Promise<Uint8Array> {
  return renderPdf(buildReportModel(input, t), fonts);
}
