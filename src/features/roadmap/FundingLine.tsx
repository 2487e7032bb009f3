// Who pays for an action, in one line. No source chosen is said plainly, and counts as not yet funded.
import { useTranslation } from 'react-i18next';
import type { Funding } from '../../engine/funding';

export function FundingLine({ funding }: { funding: Funding | null }) {
  const { t } = useTranslation('roadmap');
  if (funding === null) return <p className="item-funding muted">{t('funding.notChosen')}</p>;
  const source = t(`funding.source.${funding.source}`);
  return (
    <p className="item-funding">
      {funding.source === 'other-funder' && funding.funder !== undefined
        ? t('funding.shownFunder', { source, funder: funding.funder })
        : t('funding.shown', { source })}
    </p>
  );
}
