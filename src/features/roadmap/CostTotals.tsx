// What the roadmap costs per horizon and in all, and the part not yet funded (the ask), as a table.
// A sum no counted action contributes to reads "none", and actions without an estimate are counted
// apart: a missing estimate never shows as $0.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll';
import type { CostRange, CostTotals as Totals } from '../../engine/cost';
import type { CycleRoadmap } from '../../engine/cycle-action';
import { useAmounts } from './use-amounts';

const rows = ['now', 'next', 'later', 'all'] as const;

export function CostTotals({ roadmap }: { roadmap: CycleRoadmap }) {
  const { t } = useTranslation(['roadmap', 'common']);
  const { dollars, hours } = useAmounts();
  const captionId = useId();
  const cell = (range: CostRange | null, show: (r: CostRange) => string) =>
    range === null ? <span className="muted">{t('totals.none')}</span> : show(range);
  const bandUnknown = (totals: Totals) =>
    totals.notEstimated.filter((n) => n.reason === 'staff-band-unknown').length;
  const { all } = roadmap.totals;

  return (
    <section className="cost-totals stack-small" aria-labelledby={`${captionId}-heading`}>
      <h2 id={`${captionId}-heading`}>{t('totals.heading')}</h2>
      <TableScroll captionId={captionId}>
        <table>
          <caption id={captionId}>{t('totals.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('totals.horizon')}</th>
              <th scope="col">{t('totals.actions')}</th>
              <th scope="col">{t('totals.oneTime')}</th>
              <th scope="col">{t('totals.perYear')}</th>
              <th scope="col">{t('totals.staffHours')}</th>
              <th scope="col">{t('totals.unfundedOneTime')}</th>
              <th scope="col">{t('totals.unfundedPerYear')}</th>
              <th scope="col">{t('totals.notEstimated')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const totals = roadmap.totals[row];
              return (
                <tr key={row} className={row === 'all' ? 'totals-all' : undefined}>
                  <th scope="row">
                    {row === 'all' ? t('totals.all') : t(`common:horizon.${row}`)}
                  </th>
                  <td className="number">{totals.actions}</td>
                  <td className="number">{cell(totals.cost.oneTime, dollars)}</td>
                  <td className="number">{cell(totals.cost.perYear, dollars)}</td>
                  <td className="number">{cell(totals.cost.staffHours, hours)}</td>
                  <td className="number">{cell(totals.notYetFunded.oneTime, dollars)}</td>
                  <td className="number">{cell(totals.notYetFunded.perYear, dollars)}</td>
                  <td className="number">{totals.cost.notEstimated.length}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <p className="hint">
        {t('totals.notEstimatedNote')}{' '}
        {bandUnknown(all.cost) > 0 && (
          <>{t('totals.notEstimatedBand', { count: bandUnknown(all.cost) })} </>
        )}
        {t('totals.unfundedNote', { count: all.fundingNotChosen })}
      </p>
    </section>
  );
}
