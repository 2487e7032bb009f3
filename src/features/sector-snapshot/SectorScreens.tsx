// The sector snapshot's screens, loaded on demand together: the collector's screen and its printable
// summary, and an agency's contribution from a cycle.
import './sector-snapshot.css';
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/Link';
import { SectorScreen } from './collector/SectorScreen';
import { SnapshotSummary } from './collector/SnapshotSummary';
import { ContributeScreen } from './contribute/ContributeScreen';
import { sectorPage, sectorRoute } from './sector-routes';

export default function SectorScreens({ path }: { path: string[] }) {
  const { t } = useTranslation('sector');
  const page = sectorPage(path);
  switch (page.page) {
    case 'collector':
      return <SectorScreen />;
    case 'summary':
      return <SnapshotSummary year={page.year} />;
    case 'contribute':
      return <ContributeScreen key={page.cycleId} cycleId={page.cycleId} />;
    case 'not-found':
      return (
        <section>
          <h1>{t('title')}</h1>
          <p>{t('notFound')}</p>
          <Link to={sectorRoute}>{t('summary.back')}</Link>
        </section>
      );
  }
}
