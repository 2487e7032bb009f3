// Why a comparison cannot be shown when a questionnaire version it needs does not load: which version
// is missing when that is known, else that loading failed, with the detail behind "Details".
import { useTranslation } from 'react-i18next';
import { technicalDetail } from '../../lib/technical-detail';
import { unavailableVersion } from '../../state/queries/catalog';

export function QuestionnaireUnavailable({ error }: { error: Error }) {
  const { t } = useTranslation(['compare', 'common']);
  const missing = unavailableVersion(error);
  if (missing !== undefined) {
    return (
      <p role="alert">
        {t('questionnaireUnavailable', { id: missing.id, version: missing.version })}
      </p>
    );
  }
  return (
    <div role="alert">
      <p>{t('questionnaireNotLoaded')}</p>
      <details className="technical-details">
        <summary>{t('common:technicalDetails')}</summary>
        <code>{technicalDetail(error)}</code>
      </details>
    </div>
  );
}
