// The questionnaire's sections as a task list: each section's status in words (not started, in
// progress, done) and its count of answers. Beside the questions on a wide screen; on a phone, one
// "Section 4 of 14" button that opens the list, so the questions come first.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/Link';
import type { PreparedQuestionnaire } from '../../engine/prepare';
import type { ResponseProgress } from '../../engine/progress';
import { currentLanguage } from '../../lib/i18n';
import { localize } from '../../lib/typography';
import { sectionStatus } from './section-status';

interface Props {
  questionnaire: PreparedQuestionnaire;
  responseId: string;
  /** The page on show: a section's id, or 'review'. */
  page: string;
  progress: ResponseProgress;
}

export default function SectionStepper({ questionnaire, responseId, page, progress }: Props) {
  const { t, i18n } = useTranslation(['sections', 'questionnaire']);
  const language = currentLanguage(i18n);
  const id = useId();
  // The page the list was opened on: going to another page closes it (the person chose where to go).
  const [openedOn, setOpenedOn] = useState<string | null>(null);
  const open = openedOn === page;
  const { dimensions } = questionnaire.definition;
  const index = dimensions.findIndex((dimension) => dimension.id === page);
  const current = dimensions[index];

  return (
    <nav aria-label={t('questionnaire:sections')} className="section-nav">
      <button
        type="button"
        className="section-toggle disclosure"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        onClick={() => {
          setOpenedOn(open ? null : page);
        }}
      >
        <span>
          {current === undefined
            ? t('questionnaire:review')
            : t('position', { current: index + 1, total: dimensions.length })}
          {/* The space keeps the two apart in the button's spoken name. */}
          {current !== undefined && ' '}
          {current !== undefined && (
            <span className="section-toggle-title">{localize(current.title, language)}</span>
          )}
        </span>
      </button>
      <ol id={`${id}-list`} className={open ? 'section-list open' : 'section-list'}>
        {dimensions.map((dimension, number) => {
          const counts = progress.byDimension[dimension.id] ?? { answered: 0, total: 0 };
          const status = sectionStatus(counts);
          return (
            <li key={dimension.id} className={`section-step status-${status}`}>
              <span className="section-number" aria-hidden="true">
                {number + 1}
              </span>
              <Link
                to={{ name: 'take', responseId, page: dimension.id }}
                aria-current={page === dimension.id ? 'step' : undefined}
                aria-describedby={`${id}-status-${String(number)}`}
              >
                {localize(dimension.title, language)}
              </Link>
              <span id={`${id}-status-${String(number)}`} className="section-status">
                <strong>{t(`status.${status}`)}</strong>
                {' · '}
                {t('questionnaire:dimensionProgress', { ...counts })}
              </span>
            </li>
          );
        })}
        <li className="section-step section-step-review">
          <span className="section-number" aria-hidden="true" />
          <Link
            to={{ name: 'take', responseId, page: 'review' }}
            aria-current={page === 'review' ? 'step' : undefined}
          >
            {t('questionnaire:review')}
          </Link>
        </li>
      </ol>
    </nav>
  );
}
