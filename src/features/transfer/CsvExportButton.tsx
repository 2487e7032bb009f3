// Exports a cycle's scores, answers and roadmap (costs and funding included) as CSV for funders'
// spreadsheets.
import { useTranslation } from 'react-i18next';
import { useContentFormat } from '../../components/use-content-format';
import type { PreparedQuestionnaire } from '../../engine/prepare';
import { downloadBlob } from '../../lib/download';
import { csvFileName } from '../../lib/file-name';
import { localize } from '../../lib/typography';
import { itemTitle } from '../../presentation/reasons';
import type { Cycle } from '../../domain/cycle';
import type { ResponseWithAnswers } from '../../state/data-hooks';
import { questionnaireOutcome } from '../../state/cycle-results';
import { loadCycleRoadmap, type CycleRoadmapView } from '../../state/queries/cycle-roadmap';
import { showNotice } from '../../state/notice-store';
import { cycleCsv, type CsvAction, type CsvQuestionnaire } from './cycle-csv';
import { currentLanguage } from '../../lib/i18n';

interface Props {
  cycle: Cycle;
  questionnaires: readonly PreparedQuestionnaire[];
  responses: readonly ResponseWithAnswers[];
}

export function CsvExportButton({ cycle, questionnaires, responses }: Props) {
  const { t, i18n } = useTranslation(['transfer', 'common']);
  const language = currentLanguage(i18n);
  const format = useContentFormat();

  const roadmapRows = (view: CycleRoadmapView | null): CsvAction[] => {
    if (view === null) return [];
    const byId = new Map(
      view.outcomes.map((o) => [o.questionnaire.definition.id, o.questionnaire]),
    );
    return view.roadmap.actions.map((action) => {
      if (action.kind === 'own') {
        return { action, title: action.action.title, source: t('csv.ownAction') };
      }
      const titles = [...new Set(action.members.map((m) => m.questionnaireId))].flatMap((id) => {
        const questionnaire = byId.get(id);
        return questionnaire ? [localize(questionnaire.definition.title, language)] : [];
      });
      const [first] = action.members;
      const questionnaire = first && byId.get(first.questionnaireId);
      const title =
        first && questionnaire ? itemTitle(questionnaire, first.item, format) : action.key;
      return { action, title, source: titles.join('; ') };
    });
  };

  const exportCsv = async () => {
    const tables: CsvQuestionnaire[] = questionnaires.flatMap((questionnaire) => {
      const outcome = questionnaireOutcome(
        questionnaire,
        responses.filter((r) => r.response.questionnaireId === questionnaire.definition.id),
      );
      return outcome.result === null
        ? []
        : [{ questionnaire, result: outcome.result, individuals: outcome.individuals }];
    });
    // The roadmap rows need every questionnaire version the cycle's responses are on; without them
    // (offline, never fetched) the scores and answers are still exported.
    const actions = roadmapRows(await loadCycleRoadmap(cycle.id).catch(() => null));
    const name = csvFileName(cycle.name, language);
    downloadBlob(
      new Blob([cycleCsv(cycle, tables, t, language, actions)], {
        type: 'text/csv;charset=utf-8',
      }),
      name,
    );
    showNotice('info', 'transfer:exported', { file: name });
  };
  return (
    <div className="stack-small">
      <button
        type="button"
        onClick={() => void exportCsv()}
        aria-describedby={`csv-hint-${cycle.id}`}
      >
        {t('csvExport')}
      </button>
      <p id={`csv-hint-${cycle.id}`} className="hint">
        {t('csvHint')}
      </p>
    </div>
  );
}
