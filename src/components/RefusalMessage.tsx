// A refused file, said plainly (the file's name and what is wrong), with the technical facts behind a
// "Details" disclosure for whoever helps the person. The caller chooses how it is announced.
import { useTranslation } from 'react-i18next';

export function RefusalMessage({
  file,
  message,
  detail,
}: {
  file?: string;
  message: string;
  detail?: string | undefined;
}) {
  const { t } = useTranslation(['transfer', 'common']);
  return (
    <div className="refusal">
      <p>{file === undefined ? message : t('fileError', { file, message })}</p>
      {detail !== undefined && detail !== '' && (
        <details className="technical-details">
          <summary>{t('common:technicalDetails')}</summary>
          <code>{detail}</code>
        </details>
      )}
    </div>
  );
}
