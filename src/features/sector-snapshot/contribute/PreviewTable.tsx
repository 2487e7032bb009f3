// One table of the preview: field, its meaning in the reader's language, and the value as written.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../../components/TableScroll';
import type { PreviewRow } from './preview-rows';

export function PreviewTable({ caption, rows }: { caption: string; rows: readonly PreviewRow[] }) {
  const { t } = useTranslation('contribution');
  const id = useId();
  return (
    <TableScroll captionId={`${id}-caption`}>
      <table className="sector-preview">
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('field')}</th>
            <th scope="col">{t('meaning')}</th>
            <th scope="col">{t('written')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.field}</th>
              <td>{row.meaning}</td>
              <td>
                <code>{row.written}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
