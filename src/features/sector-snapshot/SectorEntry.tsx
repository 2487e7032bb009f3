// On the Data and settings screen: the way in to the sector snapshot, for whoever collects
// contributions. Agencies reach their part from a cycle and from their results.
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/Link';
import { sectorRoute } from './sector-routes';

export function SectorEntry() {
  const { t } = useTranslation('sector');
  return (
    <section className="stack-small" aria-labelledby="sector-entry-heading">
      <h2 id="sector-entry-heading">{t('entry.title')}</h2>
      <p>{t('entry.hint')}</p>
      <p>
        <Link to={sectorRoute}>{t('entry.link')}</Link>
      </p>
    </section>
  );
}
