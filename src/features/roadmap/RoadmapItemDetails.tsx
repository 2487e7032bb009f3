// The rest of a recommendation, on demand: what it involves, a first step, who usually does it and
// resources to start from. Drawn only once opened: a roadmap of sixty actions stays light.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resourceUrl } from '../../engine/resources';
import type { Recommendation } from '../../engine/schema';
import { localize } from '../../lib/typography';
import { currentLanguage } from '../../lib/i18n';

export function RoadmapItemDetails({ recommendation }: { recommendation: Recommendation }) {
  const { t, i18n } = useTranslation('roadmap');
  const language = currentLanguage(i18n);
  const id = useId();
  const [open, setOpen] = useState(false);
  const { body, firstStep, whoDoesIt, resources } = recommendation;
  return (
    <div className="item-details">
      <button
        type="button"
        className="disclosure"
        aria-expanded={open}
        aria-controls={`${id}-details`}
        onClick={() => {
          setOpen(!open);
        }}
      >
        {t('item.details')}
      </button>
      {open && (
        <div id={`${id}-details`} className="stack-small">
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
      )}
    </div>
  );
}
