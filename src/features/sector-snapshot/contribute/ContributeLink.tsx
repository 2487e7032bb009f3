// On a cycle's screen: the way to contribute a closed cycle to a sector snapshot, or what to do first.
import { useTranslation } from 'react-i18next';
import { Link } from '../../../components/Link';
import { contributeRoute } from '../sector-routes';

export function ContributeLink({ cycleId, closed }: { cycleId: string; closed: boolean }) {
  const { t } = useTranslation('contribution');
  if (!closed) return <p className="muted">{t('closeFirst')}</p>;
  return (
    <div className="stack-small">
      <p>
        <Link className="button" to={contributeRoute(cycleId)}>
          {t('link')}
        </Link>
      </p>
      <p className="hint">{t('linkHint')}</p>
    </div>
  );
}
