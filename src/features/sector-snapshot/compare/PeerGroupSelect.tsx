// The agency's choice of peers. A group its profile does not state cannot be chosen (it is listed,
// disabled, so the person sees why); the choice is remembered and used by the PDF report too.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { profileView, type PeerGroup, type SectorProfile } from '../../../engine/sector-snapshot';

export const peerGroups: readonly PeerGroup[] = [
  'all',
  'staffBand',
  'province',
  'region',
  'communitySize',
];

interface Props {
  value: PeerGroup;
  profile: SectorProfile;
  onChange: (group: PeerGroup) => void;
}

export function PeerGroupSelect({ value, profile, onChange }: Props) {
  const { t } = useTranslation('benchmark');
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('peerGroup')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as PeerGroup)}>
        {peerGroups.map((group) => {
          const stated = group === 'all' || profileView(profile, group) !== null;
          const option = t(`peerOption.${group}`);
          return (
            <option key={group} value={group} disabled={!stated}>
              {stated ? option : t('peerNotStated', { option })}
            </option>
          );
        })}
      </select>
    </div>
  );
}
