// How the roadmap is sized to the organization: Now's limit for its staff band and how many actions
// did not fit, the head count per-staff costs assume, or that the band is not stated (and where to).
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/Link';
import type { CycleRoadmap } from '../../engine/cycle-action';
import type { StaffBand } from '../../engine/planning-rules';

const bandLow = (band: StaffBand) => band.replace('+', '').split('-')[0] ?? band;

export function PlanningNote({ roadmap }: { roadmap: CycleRoadmap }) {
  const { t } = useTranslation('roadmap');
  const { capacity, staffForCosts } = roadmap;
  if (capacity === null || staffForCosts === null) {
    return (
      <p className="planning-note">
        {t('planning.noBand')} <Link to={{ name: 'profile' }}>{t('planning.stateBand')}</Link>
      </p>
    );
  }
  const band = t(`planning.band.${capacity.band}`);
  const openEnded = staffForCosts.band.endsWith('+');
  return (
    <p className="planning-note">
      {t('planning.capacity', { band, limit: capacity.limit })}{' '}
      {capacity.moved > 0 && <>{t('planning.moved', { count: capacity.moved })} </>}
      {openEnded
        ? t('planning.staffAssumedTop', {
            count: staffForCosts.staffCount,
            low: bandLow(staffForCosts.band),
          })
        : t('planning.staffAssumed', {
            count: staffForCosts.staffCount,
            band: t(`planning.band.${staffForCosts.band}`),
          })}
    </p>
  );
}
