// The figures' filters: year, questionnaire version, and all agencies or one group. Native selects,
// each with its label, so they work with a keyboard and a screen reader as they are.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { attributeValues, type Benchmark } from '../../../engine/sector-snapshot';
import { useValueName } from '../use-view-label';
import { groups, questionnaireKey, type Group, type Selection } from './snapshot-selection';

interface Props {
  benchmarks: readonly Benchmark[];
  selection: Selection;
  titles: (id: string) => string;
  onChange: (change: Partial<Selection>) => void;
}

export function SnapshotFilters({ benchmarks, selection, titles, onChange }: Props) {
  const { t } = useTranslation('sector');
  const id = useId();
  const valueName = useValueName();
  const benchmark = benchmarks.find((b) => b.year === selection.year);
  const { group } = selection;
  return (
    <fieldset className="sector-filters">
      <legend>{t('figures.filters')}</legend>
      <div className="field">
        <label htmlFor={`${id}-year`}>{t('figures.year')}</label>
        <select
          id={`${id}-year`}
          value={selection.year}
          onChange={(event) => onChange({ year: Number(event.target.value) })}
        >
          {benchmarks.map((b) => (
            <option key={b.year} value={b.year}>
              {b.year}
            </option>
          ))}
        </select>
      </div>
      {benchmark !== undefined && benchmark.questionnaires.length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-questionnaire`}>{t('figures.questionnaire')}</label>
          <select
            id={`${id}-questionnaire`}
            value={selection.questionnaire}
            onChange={(event) => onChange({ questionnaire: event.target.value })}
          >
            {benchmark.questionnaires.map((entry) => (
              <option key={questionnaireKey(entry)} value={questionnaireKey(entry)}>
                {t('figures.questionnaireVersion', {
                  title: titles(entry.id),
                  version: entry.version,
                })}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-group`}>{t('figures.group')}</label>
        <select
          id={`${id}-group`}
          value={group}
          onChange={(event) => onChange({ group: event.target.value as Group })}
        >
          {groups.map((choice) => (
            <option key={choice} value={choice}>
              {t(`figures.groupOption.${choice}`)}
            </option>
          ))}
        </select>
      </div>
      {group !== 'all' && (
        <div className="field">
          <label htmlFor={`${id}-value`}>{t(`figures.value.${group}`)}</label>
          <select
            id={`${id}-value`}
            value={selection.value}
            onChange={(event) => onChange({ value: event.target.value })}
          >
            {attributeValues[group].map((value) => (
              <option key={value} value={value}>
                {valueName(group, value)}
              </option>
            ))}
          </select>
        </div>
      )}
      {group === 'region' && <p className="hint">{t('figures.regionsHint')}</p>}
    </fieldset>
  );
}
