// Whose results to show when several people answered: the team's combined view (the default, which
// feeds the roadmap) or one person's own. The list is as wide as its longest choice, up to the
// page's width, so no choice is cut short.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndividualResult } from '../../state/cycle-results';
import { TEAM } from './shown-result';

interface Props {
  individuals: readonly IndividualResult[];
  /** The chosen response id, or TEAM. */
  shown: string;
  onChoose: (responseId: string) => void;
}

export function RespondentSelect({ individuals, shown, onChoose }: Props) {
  const { t } = useTranslation(['results', 'common']);
  const id = useId();
  return (
    <div className="field respondent-select">
      <label htmlFor={`${id}-respondent`}>{t('respondent.label')}</label>
      <select
        id={`${id}-respondent`}
        value={shown}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          onChoose(event.target.value);
        }}
      >
        <option value={TEAM}>{t('respondent.team', { count: individuals.length })}</option>
        {individuals.map(({ response }) => (
          <option key={response.id} value={response.id}>
            {t('respondent.option', {
              respondent: response.respondent,
              date: t('common:date', { value: new Date(response.updatedAt) }),
            })}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="hint">
        {t('respondent.hint')}
      </p>
    </div>
  );
}
