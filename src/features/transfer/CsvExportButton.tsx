// Exports a cycle's scores and answers as CSV for funders' spreadsheets.
import { useTranslation } from 'react-i18next';
import type { PreparedQuestionnaire } from '../../engine/prepare';
import { downloadBlob } from '../../lib/download';
import { csvFileName } from '../../lib/file-name';
import type { Language } from '../../lib/typography';
import type { Cycle } from '../../storage/records';
import type { ResponseWithAnswers } from '../../state/data-hooks';
import { questionnaireOutcome } from '../../state/cycle-results';
import { showNotice } from '../../state/notice-store';
import { cycleCsv, type CsvQuestionnaire } from './cycle-csv';

interface Props {
  cycle: Cycle;
  questionnaires: readonly PreparedQuestionnaire[];
  responses: readonly ResponseWithAnswers[];
}

export function CsvExportButton({ cycle, questionnaires, responses }: Props) {
  const { t, i18n } = useTranslation(['transfer', 'common']);
  const language = i18n.language as Language;
  const exportCsv = () => {
    const tables: CsvQuestionnaire[] = questionnaires.flatMap((questionnaire) => {
      const outcome = questionnaireOutcome(
        questionnaire,
        responses.filter((r) => r.response.questionnaireId === questionnaire.definition.id),
      );
      return outcome.result === null
        ? []
        : [{ questionnaire, result: outcome.result, individuals: outcome.individuals }];
    });
    const name = csvFileName(cycle.name, language);
    downloadBlob(
      new Blob([cycleCsv(cycle, tables, t, language)], { type: 'text/csv;charset=utf-8' }),
      name,
    );
    showNotice('info', 'transfer:exported', { file: name });
  };
  return (
    <div className="stack-small">
      <button type="button" onClick={exportCsv} aria-describedby={`csv-hint-${cycle.id}`}>
        {t('csvExport')}
      </button>
      <p id={`csv-hint-${cycle.id}`} className="hint">
        {t('csvHint')}
      </p>
    </div>
  );
}
