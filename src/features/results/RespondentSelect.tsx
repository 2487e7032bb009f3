// Whose results to show when several people answered. Options are respondents for now; a "Team" option
// (the combined view) will join them later.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndividualResult } from '../../state/cycle-results';

interface Props {
  individuals: readonly IndividualResult[];
  /** The response that stands for the organization. */
  outcomeResponseId: string | undefined;
  shownResponseId: string;
  onChoose: (responseId: string) => void;
}

export function RespondentSelect({
  individuals,
  outcomeResponseId,
  shownResponseId,
  onChoose,
}: Props) {
  const { t } = useTranslation(['results', 'common']);
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={`${id}-respondent`}>{t('respondent.label')}</label>
      <select
        id={`${id}-respondent`}
        value={shownResponseId}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          onChoose(event.target.value);
        }}
      >
        {individuals.map(({ response }) => {
          const values = {
            respondent: response.respondent,
            date: t('common:date', { value: new Date(response.updatedAt) }),
          };
          return (
            <option key={response.id} value={response.id}>
              {response.id === outcomeResponseId
                ? t('respondent.optionOutcome', values)
                : t('respondent.option', values)}
            </option>
          );
        })}
      </select>
      <p id={`${id}-hint`} className="hint">
        {t('respondent.hint')}
      </p>
    </div>
  );
}
