// What an action costs, who pays, what it waits for and the rest of its recommendation (what it
// involves, a first step, who usually does it, resources), folded under a native disclosure: the
// roadmap opens as a list of titles and reasons, each action's detail one keypress away.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { resourceUrl } from '../../engine/resources';
import type { Recommendation } from '../../engine/schema';
import { localize } from '../../lib/typography';
import { currentLanguage } from '../../lib/i18n';

interface Props {
  recommendation: Recommendation | undefined;
  /** Cost, funding and what the action waits for, drawn above the recommendation. */
  children?: ReactNode;
}

export function RoadmapItemDetails({ recommendation, children }: Props) {
  const { t, i18n } = useTranslation('roadmap');
  const language = currentLanguage(i18n);
  // The recommendation's text is drawn once opened: a roadmap of sixty actions stays light.
  const [opened, setOpened] = useState(false);
  return (
    <details
      className="item-details"
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary>{t('item.details')}</summary>
      <div className="stack-small">
        {children}
        {opened && recommendation !== undefined && (
          <RecommendationText recommendation={recommendation} language={language} />
        )}
      </div>
    </details>
  );
}

function RecommendationText({
  recommendation,
  language,
}: {
  recommendation: Recommendation;
  language: 'en' | 'fr';
}) {
  const { t } = useTranslation('roadmap');
  const { body, firstStep, whoDoesIt, resources } = recommendation;
  return (
    <>
      <p>{localize(body, language)}</p>
      {firstStep !== undefined && (
        <p>{t('item.firstStep', { step: localize(firstStep, language) })}</p>
      )}
      {whoDoesIt !== undefined && (
        <p>{t('item.whoDoesIt', { who: localize(whoDoesIt, language) })}</p>
      )}
      {resources.length > 0 && (
        <>
          <p>{t('item.resources')}</p>
          <ul>
            {resources.map((resource) => (
              <li key={resourceUrl(resource, 'en')}>
                <a href={resourceUrl(resource, language)} rel="noreferrer">
                  {localize(resource.title, language)}
                </a>
                {resource.free === true && <> ({t('item.free')})</>}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
