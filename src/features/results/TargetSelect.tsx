// Leadership's target level for one dimension ("where we plan to be"), saved the moment it is chosen,
// with the gap from the current score.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MaturityLevel } from '../../engine/schema';
import { localize } from '../../lib/typography';
import { setTarget } from '../../state/commands/cycles';
import { currentLanguage } from '../../lib/i18n';

interface Props {
  cycleId: string;
  questionnaireId: string;
  dimensionId: string;
  /** Id of the dimension's heading, added to the select's name so each target names its dimension. */
  dimensionHeadingId: string;
  levels: readonly MaturityLevel[];
  /** The stored target level id, or '' for none. */
  stored: string;
  gapText: string | null;
  readOnly: boolean;
}

export function TargetSelect({
  cycleId,
  questionnaireId,
  dimensionId,
  dimensionHeadingId,
  levels,
  stored,
  gapText,
  readOnly,
}: Props) {
  const { t, i18n } = useTranslation('results');
  const language = currentLanguage(i18n);
  const id = useId();
  // Show the choice at once; follow the stored value when it changes (our write, or another tab's).
  const [value, setValue] = useState(stored);
  const [seen, setSeen] = useState(stored);
  if (stored !== seen) {
    setSeen(stored);
    setValue(stored);
  }

  const choose = (next: string) => {
    setValue(next);
    void setTarget(cycleId, questionnaireId, dimensionId, next === '' ? null : next).then(
      (saved) => {
        if (!saved) setValue(stored);
      },
    );
  };

  return (
    <div className="field target-field">
      <label id={`${id}-label`} htmlFor={`${id}-target`}>
        {t('target.label')}
      </label>
      <select
        id={`${id}-target`}
        value={value}
        disabled={readOnly}
        aria-labelledby={`${id}-label ${dimensionHeadingId}`}
        aria-describedby={`${id}-hint${gapText === null ? '' : ` ${id}-gap`}`}
        onChange={(event) => {
          choose(event.target.value);
        }}
      >
        <option value="">{t('target.none')}</option>
        {levels.map((level) => (
          <option key={level.id} value={level.id}>
            {localize(level.label, language)}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="hint">
        {t('target.hint')}
      </p>
      {gapText !== null && (
        <p id={`${id}-gap`} className="target-gap" aria-live="polite">
          {gapText}
        </p>
      )}
    </div>
  );
}
