// What the agency includes: each profile fact it stated (leaving one out writes "not stated"), and
// each questionnaire that has a result.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreparedQuestionnaire } from '../../../engine/prepare';
import { localize } from '../../../lib/typography';
import type { OrganizationProfile } from '../../../domain/profile';
import type { ContributionChoices as Choices } from '../../../state/sector/cycle-contribution';
import { currentLanguage } from '../../../lib/i18n';

const facts = ['province', 'communitySize', 'staffBand'] as const;
type Fact = (typeof facts)[number];

interface Props {
  profile: OrganizationProfile | null;
  questionnaires: readonly PreparedQuestionnaire[];
  choices: Choices;
  onChange: (choices: Choices) => void;
}

export function ContributionChoices({ profile, questionnaires, choices, onChange }: Props) {
  const { t, i18n } = useTranslation(['contribution', 'profile']);
  const id = useId();
  const language = currentLanguage(i18n);
  const valueOf = (fact: Fact): string | null => {
    const value = profile?.[fact];
    if (value === undefined) return null;
    if (fact === 'province') return t(`profile:provinceName.${value as 'ON'}`);
    if (fact === 'communitySize') return t(`profile:communitySizeName.${value as 'mid-size'}`);
    return t(`profile:staffBandName.${value as '1-5'}`);
  };
  return (
    <fieldset className="stack-small" aria-describedby={`${id}-hint`}>
      <legend>{t('choices')}</legend>
      <p className="hint" id={`${id}-hint`}>
        {t('choicesHint')}
      </p>
      {facts.map((fact) => {
        const value = valueOf(fact);
        const label = t(`profile:${fact}`);
        return (
          <label key={fact} className="choice">
            <input
              type="checkbox"
              checked={value !== null && choices[fact]}
              disabled={value === null}
              onChange={(event) => onChange({ ...choices, [fact]: event.target.checked })}
            />
            <span>
              {value === null
                ? t('notStatedInProfile', { fact: label })
                : t('includeFact', { fact: label, value })}
            </span>
          </label>
        );
      })}
      {questionnaires.map((questionnaire) => {
        const { id: questionnaireId, version, title } = questionnaire.definition;
        return (
          <label key={questionnaireId} className="choice">
            <input
              type="checkbox"
              checked={choices.questionnaires.has(questionnaireId)}
              onChange={(event) => {
                const chosen = new Set(choices.questionnaires);
                if (event.target.checked) chosen.add(questionnaireId);
                else chosen.delete(questionnaireId);
                onChange({ ...choices, questionnaires: chosen });
              }}
            />
            <span>{t('includeQuestionnaire', { title: localize(title, language), version })}</span>
          </label>
        );
      })}
    </fieldset>
  );
}
