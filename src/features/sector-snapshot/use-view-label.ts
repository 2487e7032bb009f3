// Names of sector snapshot groups in the reader's language: a region, a province or territory, a
// community size or a staff size. `useValueName` names a value on its own (a list of choices);
// `usePeerValue` and `useViewLabel` name it inside a sentence ("6 to 15 staff").
import { useTranslation } from 'react-i18next';
import type { PeerAttribute, View } from '../../engine/sector-snapshot';

export function useValueName(): (attribute: PeerAttribute, value: string) => string {
  const { t } = useTranslation(['benchmark', 'profile']);
  return (attribute, value) => {
    switch (attribute) {
      case 'region':
        return t(`benchmark:regionName.${value}` as 'benchmark:regionName.atlantic');
      case 'province':
        return t(`profile:provinceName.${value}` as 'profile:provinceName.ON');
      case 'communitySize':
        return t(`profile:communitySizeName.${value}` as 'profile:communitySizeName.mid-size');
      case 'staffBand':
        return t(`profile:staffBandName.${value}` as 'profile:staffBandName.1-5');
    }
  };
}

/** A value as it reads inside a sentence: staff sizes say "staff". */
export function usePeerValue(): (attribute: PeerAttribute, value: string) => string {
  const { t } = useTranslation('benchmark');
  const valueName = useValueName();
  return (attribute, value) =>
    attribute === 'staffBand'
      ? t(`staffBand.${value}` as 'staffBand.1-5')
      : valueName(attribute, value);
}

/** "all agencies", "Ontario", "6 to 15 staff"… */
export function useViewLabel(): (view: View) => string {
  const { t } = useTranslation('sector');
  const peerValue = usePeerValue();
  return (view) => (view === 'all' ? t('figures.view.all') : peerValue(view.attribute, view.value));
}
