// The figures of every measure in the picked group as a table: n, quartiles and the histogram, the
// same numbers the chart draws. A measure hidden for this group says so instead of showing numbers.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { bins } from '../../../engine/sector-snapshot';
import { TableScroll } from '../../../components/TableScroll';
import { useFigureFormat } from '../format-figure';
import type { MeasureRow } from './measure-rows';

export function FiguresTable({ rows, caption }: { rows: readonly MeasureRow[]; caption: string }) {
  const { t } = useTranslation('sector');
  const id = useId();
  const figure = useFigureFormat();
  return (
    <TableScroll captionId={`${id}-caption`}>
      <table className="sector-figures">
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('figures.table.measure')}</th>
            <th scope="col">{t('figures.table.n')}</th>
            <th scope="col">{t('figures.table.q1')}</th>
            <th scope="col">{t('figures.table.median')}</th>
            <th scope="col">{t('figures.table.q3')}</th>
            {bins.map(([from, to]) => (
              <th scope="col" key={from}>
                {t('figures.table.bins', { from, to })}
              </th>
            ))}
            <th scope="col">{t('figures.table.provisional')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, name, cell }) => (
            <tr key={key}>
              <th scope="row">{name}</th>
              {cell === null ? (
                <td colSpan={5 + bins.length}>{t('figures.table.hidden')}</td>
              ) : (
                <>
                  <td>{cell.n}</td>
                  <td>{figure(cell.q1)}</td>
                  <td>{figure(cell.median)}</td>
                  <td>{figure(cell.q3)}</td>
                  {cell.histogram.map((count, at) => (
                    <td key={at}>{count}</td>
                  ))}
                  <td>{cell.provisional}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
