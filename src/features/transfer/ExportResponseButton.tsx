// Exports one response as a file (.boussole.json) for whoever leads the assessment to import.
import { useTranslation } from 'react-i18next';
import { downloadBlob } from '../../lib/download';
import { responseFileName } from '../../lib/file-name';
import type { Response } from '../../domain/response';
import { showNotice } from '../../state/notice-store';

export function ExportResponseButton({ response }: { response: Response }) {
  const { t } = useTranslation('transfer');
  const exportFile = async () => {
    // Loaded on demand: the file format's code stays out of the questionnaire page's first load.
    const { buildResponseFile } = await import('../../state/transfer');
    const file = await buildResponseFile(response.id);
    if (!file) return;
    const name = responseFileName(response.respondent, response.questionnaireId);
    downloadBlob(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }), name);
    showNotice('info', 'transfer:exported', { file: name });
  };
  return (
    <div className="stack-small">
      <button
        type="button"
        onClick={() => void exportFile()}
        aria-describedby={`export-hint-${response.id}`}
      >
        {t('responseExport')}
      </button>
      <p id={`export-hint-${response.id}`} className="hint">
        {t('responseExportHint')}
      </p>
    </div>
  );
}
