// "Export PDF" for funders: chooses language and paper size, then loads the PDF code on demand and
// downloads `<organization>-<cycle>-<lang>.pdf`. Works offline: everything is generated in the browser.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../lib/i18n';
import { technicalDetail } from '../../lib/technical-detail';
import type { Language } from '../../lib/typography';
import type { PrintCheck } from '../../report/fonts/print-check';
import type { PaperSize } from '../../report/model/report-input';
import { gatherReportInput, ReportNotReadyError } from './gather-report-input';
import { PrintCheckNotice } from './PrintCheckNotice';

type Status =
  | { state: 'idle' }
  | { state: 'working' }
  | { state: 'checked'; check: PrintCheck }
  | { state: 'done'; file: string }
  | { state: 'failed'; problem: 'needsProfile' | 'cycleMissing' | 'failed'; detail?: string };

export function ExportPdf({ cycleId }: { cycleId: string }) {
  const { t, i18n } = useTranslation(['export', 'common']);
  const id = useId();
  // The report follows the app's language until the person picks one for the report.
  const [pickedLanguage, setLanguage] = useState<Language | null>(null);
  const language: Language = pickedLanguage ?? currentLanguage(i18n);
  const [paper, setPaper] = useState<PaperSize>('letter');
  const [status, setStatus] = useState<Status>({ state: 'idle' });

  /** With `checked`, the person has seen what cannot be printed and chose to export anyway. */
  const run = async (checked = false) => {
    setStatus({ state: 'working' });
    try {
      const [input, report] = await Promise.all([
        gatherReportInput(cycleId, language, paper),
        import('../../report/generate-report'),
      ]);
      if (!checked) {
        const check = await report.checkReportText(input);
        if (!report.printCheckPasses(check)) {
          setStatus({ state: 'checked', check });
          return;
        }
      }
      setStatus({ state: 'done', file: await report.exportReportPdf(input) });
    } catch (error) {
      setStatus(
        error instanceof ReportNotReadyError
          ? {
              state: 'failed',
              problem: error.missing === 'profile' ? 'needsProfile' : 'cycleMissing',
            }
          : { state: 'failed', problem: 'failed', detail: technicalDetail(error) },
      );
    }
  };

  /** The HTML report and the Word roadmap: their own lazily loaded chunks, no PDF code. */
  const runOther = async (kind: 'html' | 'docx') => {
    setStatus({ state: 'working' });
    try {
      const input = await gatherReportInput(cycleId, language, paper);
      const file =
        kind === 'html'
          ? await (await import('../../report/generate-html')).exportReportHtml(input)
          : await (await import('../../report/generate-docx')).exportRoadmapDocx(input);
      setStatus({ state: 'done', file });
    } catch (error) {
      setStatus(
        error instanceof ReportNotReadyError
          ? {
              state: 'failed',
              problem: error.missing === 'profile' ? 'needsProfile' : 'cycleMissing',
            }
          : { state: 'failed', problem: 'failed', detail: technicalDetail(error) },
      );
    }
  };

  return (
    <section className="card stack-small export-pdf" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('title')}</h2>
      <p>{t('hint')}</p>
      <div className="inline-form">
        <div className="field">
          <label htmlFor={`${id}-language`}>{t('language')}</label>
          <select
            id={`${id}-language`}
            value={language}
            onChange={(e) => setLanguage(e.target.value === 'fr' ? 'fr' : 'en')}
          >
            <option value="en">English</option>
            <option value="fr" lang="fr-CA">
              Français
            </option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-paper`}>{t('paper')}</label>
          <select
            id={`${id}-paper`}
            value={paper}
            onChange={(e) => setPaper(e.target.value === 'a4' ? 'a4' : 'letter')}
          >
            <option value="letter">{t('letter')}</option>
            <option value="a4">{t('a4')}</option>
          </select>
        </div>
        <button
          type="button"
          className="primary"
          disabled={status.state === 'working'}
          onClick={() => void run()}
        >
          {t('button')}
        </button>
      </div>
      <p>{t('otherFormats')}</p>
      <div className="inline-form">
        <button
          type="button"
          disabled={status.state === 'working'}
          onClick={() => void runOther('html')}
        >
          {t('htmlButton')}
        </button>
        <button
          type="button"
          disabled={status.state === 'working'}
          onClick={() => void runOther('docx')}
        >
          {t('docxButton')}
        </button>
      </div>
      <p role="status" aria-live="polite">
        {status.state === 'working' && t('working')}
        {status.state === 'done' && t('done', { file: status.file })}
      </p>
      {status.state === 'checked' && (
        <PrintCheckNotice
          check={status.check}
          onExportAnyway={() => void run(true)}
          onCancel={() => {
            setStatus({ state: 'idle' });
          }}
        />
      )}
      {status.state === 'failed' && (
        <div role="alert" className="field-error">
          <p>{t(status.problem)}</p>
          {status.detail !== undefined && (
            <details className="technical-details">
              <summary>{t('common:technicalDetails')}</summary>
              <code>{status.detail}</code>
            </details>
          )}
        </div>
      )}
    </section>
  );
}
