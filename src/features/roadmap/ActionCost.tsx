// What an action costs, scaled to the organization: one-time, each year (with the per-staff rate and
// the head count assumed), staff time, how old the estimate is and what it rests on. An action with no
// estimate says "not estimated", never $0.
import { useTranslation } from 'react-i18next';
import type { CycleAction } from '../../engine/cycle-action';
import { localize } from '../../lib/typography';
import { isPerPerson } from './action-text';
import { formatMonth } from './money';
import type { RoadmapContext } from './roadmap-context';
import { useAmounts } from './use-amounts';

export function ActionCost({ action, context }: { action: CycleAction; context: RoadmapContext }) {
  const { t } = useTranslation('roadmap');
  const { dollars, hours } = useAmounts();
  const { cost, estimate, costSource } = action;
  if (cost === null || estimate === null) {
    return <p className="item-cost">{t('cost.notEstimated')}</p>;
  }
  const { perStaff } = cost;
  return (
    <div className="item-cost">
      <ul>
        {cost.oneTime !== null && <li>{t('cost.oneTime', { amount: dollars(cost.oneTime) })}</li>}
        {cost.perYear !== null && (
          <li>
            {t('cost.perYear', { amount: dollars(cost.perYear) })}
            {perStaff !== null && perStaff.staffCount !== null && (
              <>
                {' '}
                {t('cost.perStaff', {
                  amount: dollars(perStaff.perYear),
                  count: perStaff.staffCount,
                })}
              </>
            )}
          </li>
        )}
        {cost.perYear === null && perStaff !== null && (
          <li>{t('cost.perStaffUnscaled', { amount: dollars(perStaff.perYear) })}</li>
        )}
        {cost.staffHours !== null && (
          <li>{t('cost.staffHours', { amount: hours(cost.staffHours) })}</li>
        )}
      </ul>
      <p className="hint">
        {costSource === 'content' ? null : <>{t('cost.yours')} </>}
        {estimate.asOf !== undefined && (
          <>{t('cost.asOf', { month: formatMonth(estimate.asOf, context.language) })} </>
        )}
        {estimate.basis !== undefined && (
          <>{t('cost.basis', { basis: localize(estimate.basis, context.language) })} </>
        )}
        {isPerPerson(action, context.questionnaires) && t('item.perPerson')}
      </p>
    </div>
  );
}
