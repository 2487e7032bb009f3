// On the history screen: the way into the year-over-year comparison.
import { useTranslation } from 'react-i18next';
import type { Cycle } from '../../domain/cycle';
import { CyclePicker } from './CyclePicker';

export function CompareCyclesCard({ cycles }: { cycles: readonly Cycle[] }) {
  const { t } = useTranslation('compare');
  return (
    <section className="card stack-small" aria-labelledby="compare-cycles-heading">
      <h2 id="compare-cycles-heading">{t('picker.heading')}</h2>
      {cycles.length < 2 ? <p>{t('picker.needTwo')}</p> : <CyclePicker cycles={cycles} />}
    </section>
  );
}
