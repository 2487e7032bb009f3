// The Word roadmap's entry point, loaded with `await import()` when the person asks for it, so the
// `docx` library adds nothing to the first load or to the PDF.
import { downloadBlob } from '../lib/download';
import { loadI18n } from '../lib/i18n';
import { buildReportModel } from './model/build-model';
import { buildRoadmapDocx } from './docx/build-docx';
import { reportFileName } from './file-name';
import type { ReportInput } from './model/report-input';
import { REPORT_NAMESPACES, reportTranslator } from '../presentation/translate';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Generates the Word roadmap and downloads it as `<organization>-<cycle>-<lang>.docx`. */
export async function exportRoadmapDocx(input: ReportInput): Promise<string> {
  const t = reportTranslator(await loadI18n(input.language, REPORT_NAMESPACES));
  const bytes = await buildRoadmapDocx(buildReportModel(input, t));
  const fileName = reportFileName(input, 'docx');
  downloadBlob(new Blob([bytes.slice()], { type: DOCX_TYPE }), fileName);
  return fileName;
}
