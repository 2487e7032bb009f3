// Jump to any section of the questionnaire, with each section's progress.
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/Link';
import type { PreparedQuestionnaire } from '../../engine/prepare';
import type { ResponseProgress } from '../../engine/progress';
import { localize } from '../../lib/typography';
import { currentLanguage } from '../../lib/i18n';

interface Props {
  questionnaire: PreparedQuestionnaire;
  responseId: string;
  page: string;
  progress: ResponseProgress;
}

export function DimensionNav({ questionnaire, responseId, page, progress }: Props) {
  const { t, i18n } = useTranslation('questionnaire');
  const language = currentLanguage(i18n);
  return (
    <nav aria-label={t('sections')} className="dimension-nav">
      <ol>
        {questionnaire.definition.dimensions.map((dimension) => {
          const counts = progress.byDimension[dimension.id] ?? { answered: 0, total: 0 };
          const complete = counts.total > 0 && counts.answered === counts.total;
          return (
            <li key={dimension.id} className={complete ? 'complete' : undefined}>
              <Link
                to={{ name: 'take', responseId, page: dimension.id }}
                aria-current={page === dimension.id ? 'step' : undefined}
              >
                <span>{localize(dimension.title, language)}</span>{' '}
                <span className="muted">({t('dimensionProgress', { ...counts })})</span>
              </Link>
            </li>
          );
        })}
        <li>
          <Link
            to={{ name: 'take', responseId, page: 'review' }}
            aria-current={page === 'review' ? 'step' : undefined}
          >
            {t('review')}
          </Link>
        </li>
      </ol>
    </nav>
  );
}
