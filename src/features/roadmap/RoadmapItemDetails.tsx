// The rest of a recommendation, on demand: what it involves, a first step, who usually does it and
// resources to start from.
import { useTranslation } from 'react-i18next';
import { resourceUrl } from '../../engine/resources';
import type { Recommendation } from '../../engine/schema';
import { localize, type Language } from '../../lib/typography';

export function RoadmapItemDetails({ recommendation }: { recommendation: Recommendation }) {
  const { t, i18n } = useTranslation('roadmap');
  const language = i18n.language as Language;
  const { body, firstStep, whoDoesIt, resources } = recommendation;
  return (
    <details className="item-details">
      <summary>{t('item.details')}</summary>
      <div className="stack-small">
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
      </div>
    </details>
  );
}
