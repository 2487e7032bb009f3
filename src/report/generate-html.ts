// The accessible HTML report's entry point, loaded with `await import()` when the person exports it:
// the same model as the PDF, rendered as one self-contained HTML file. No PDF code or font is loaded.
import { downloadBlob } from '../lib/download';
import { loadI18n } from '../lib/i18n';
import { buildReportModel } from './model/build-model';
import { reportFileName } from './file-name';
import { renderHtml } from './html/render-html';
import type { ReportInput } from './model/report-input';
import { REPORT_NAMESPACES, reportTranslator, type Translate } from '../presentation/translate';

export function buildReportHtml(input: ReportInput, t: Translate): string {
  return renderHtml(buildReportModel(input, t), {
    contents: t('report:html.contents'),
    chartAlternative: t('report:html.chartAlternative'),
    skipToContent: t('report:html.skipToContent'),
  });
}

/** Generates the HTML report and downloads it as `<organization>-<cycle>-<lang>.html`. */
export async function exportReportHtml(input: ReportInput): Promise<string> {
  const t = reportTranslator(await loadI18n(input.language, REPORT_NAMESPACES));
  const fileName = reportFileName(input, 'html');
  downloadBlob(
    new Blob([buildReportHtml(input, t)], { type: 'text/html;charset=utf-8' }),
    fileName,
  );
  return fileName;
}
