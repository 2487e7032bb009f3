// Before a PDF is made: the typed fields whose characters the report cannot print, and those holding
// right-to-left text, each named, with the choice to export anyway or go back and edit.
import { useTranslation } from 'react-i18next';
import type { PrintCheck, TypedField } from '../../report/fonts/print-check';

function useFieldName() {
  const { t } = useTranslation('export');
  return ({ kind, item }: Pick<TypedField, 'kind' | 'item'>) =>
    t(`field.${kind}`, { item: item ?? '' });
}

export function PrintCheckNotice({
  check,
  onExportAnyway,
  onCancel,
}: {
  check: PrintCheck;
  onExportAnyway: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('export');
  const fieldName = useFieldName();
  return (
    <div role="alert" className="print-check stack-small">
      <p>
        <strong>{t('check.heading')}</strong>
      </p>
      <ul>
        {check.unprintable.map((problem, index) => (
          <li key={`u${index}`}>
            {t('check.unprintable', {
              field: fieldName(problem),
              characters: problem.characters.join(' '),
            })}
          </li>
        ))}
        {check.rightToLeft.map((field, index) => (
          <li key={`r${index}`}>{t('check.rightToLeft', { field: fieldName(field) })}</li>
        ))}
      </ul>
      {check.unprintable.length > 0 && <p>{t('check.hint')}</p>}
      <div className="inline-form">
        <button type="button" onClick={onExportAnyway}>
          {t('check.exportAnyway')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('check.cancel')}
        </button>
      </div>
    </div>
  );
}
