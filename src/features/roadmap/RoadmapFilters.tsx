// The roadmap's filter: by questionnaire (or the organization's own actions), horizon and status.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../lib/i18n';
import { actionStatuses } from '../../engine/action-inputs';
import type { PreparedQuestionnaire } from '../../engine/prepare';
import { HORIZONS } from '../../engine/roadmap';
import { localize } from '../../lib/typography';
import {
  everyAction,
  type RoadmapFilter,
  type StatusFilter,
} from '../../state/roadmap-filter-store';
import { isFiltered } from './roadmap-filter';

interface Props {
  filter: RoadmapFilter;
  onChange: (filter: RoadmapFilter) => void;
  questionnaires: readonly PreparedQuestionnaire[];
  hasOwn: boolean;
}

const statusFilters = ['all', 'open', 'proposed', ...actionStatuses] as const;
const isStatusFilter = (value: string): value is StatusFilter =>
  (statusFilters as readonly string[]).includes(value);

export function RoadmapFilters({ filter, onChange, questionnaires, hasOwn }: Props) {
  const { t, i18n } = useTranslation(['roadmap', 'common']);
  const language = currentLanguage(i18n);
  const id = useId();
  const statusLabel = (value: StatusFilter) => {
    if (value === 'all') return t('filter.allStatuses');
    if (value === 'open') return t('filter.open');
    if (value === 'proposed') return t('filter.proposed');
    return t(`status.${value}`);
  };
  return (
    <fieldset className="roadmap-filters">
      <legend>{t('filter.legend')}</legend>
      <div className="field">
        <label htmlFor={`${id}-questionnaire`}>{t('filter.questionnaire')}</label>
        <select
          id={`${id}-questionnaire`}
          value={filter.questionnaire}
          onChange={(event) => {
            onChange({ ...filter, questionnaire: event.target.value });
          }}
        >
          <option value="">{t('filter.allQuestionnaires')}</option>
          {questionnaires.map(({ definition }) => (
            <option key={definition.id} value={definition.id}>
              {localize(definition.title, language)}
            </option>
          ))}
          {(hasOwn || filter.questionnaire === 'own') && (
            <option value="own">{t('filter.own')}</option>
          )}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-horizon`}>{t('filter.horizon')}</label>
        <select
          id={`${id}-horizon`}
          value={filter.horizon}
          onChange={(event) => {
            const value = event.target.value;
            const horizon = HORIZONS.find((h) => h === value) ?? 'all';
            onChange({ ...filter, horizon });
          }}
        >
          <option value="all">{t('filter.allHorizons')}</option>
          {HORIZONS.map((horizon) => (
            <option key={horizon} value={horizon}>
              {t(`common:horizon.${horizon}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>{t('filter.status')}</label>
        <select
          id={`${id}-status`}
          value={filter.status}
          onChange={(event) => {
            const value = event.target.value;
            onChange({ ...filter, status: isStatusFilter(value) ? value : 'all' });
          }}
        >
          {statusFilters.map((value) => (
            <option key={value} value={value}>
              {statusLabel(value)}
            </option>
          ))}
        </select>
      </div>
      {isFiltered(filter) && (
        <button
          type="button"
          onClick={() => {
            onChange(everyAction);
          }}
        >
          {t('filter.clear')}
        </button>
      )}
    </fieldset>
  );
}
