// Names of sector snapshot groups in the reader's language: a region, a province or territory, a
// community size or a staff size, as the profile screen names them.
import { useTranslation } from 'react-i18next';
import type { PeerAttribute, View } from '../../engine/sector-snapshot';

export function useValueName(): (attribute: PeerAttribute, value: string) => string {
  const { t } = useTranslation(['sector', 'profile']);
  return (attribute, value) => {
    switch (attribute) {
      case 'region':
        return t(`sector:regionName.${value}` as 'sector:regionName.atlantic');
      case 'province':
        return t(`profile:provinceName.${value}` as 'profile:provinceName.ON');
      case 'communitySize':
        return t(`profile:communitySizeName.${value}` as 'profile:communitySizeName.mid-size');
      case 'staffBand':
        return t(`profile:staffBandName.${value}` as 'profile:staffBandName.1-5');
    }
  };
}

/** "all agencies", "Ontario", "6 to 15 staff"… */
export function useViewLabel(): (view: View) => string {
  const { t } = useTranslation('sector');
  const valueName = useValueName();
  return (view) =>
    view === 'all'
      ? t('figures.view.all')
      : t(`figures.view.${view.attribute}`, { value: valueName(view.attribute, view.value) });
}
