// Names of sector snapshot groups in the reader's language, as the report names them
// (src/presentation/peer-values.ts). `useValueName` names a value on its own (a list of choices);
// `usePeerValue` and `useViewLabel` name it inside a sentence ("6 to 15 staff").
import { useTranslation } from 'react-i18next';
import type { PeerAttribute, View } from '../../engine/sector-snapshot';
import {
  peerValueInSentence,
  peerValueName,
  type PeerTranslate,
} from '../../presentation/peer-values';

function useTranslate(): PeerTranslate {
  const { t } = useTranslation(['benchmark', 'profile']);
  return (key) => t(key);
}

export function useValueName(): (attribute: PeerAttribute, value: string) => string {
  const t = useTranslate();
  return (attribute, value) => peerValueName(t, attribute, value);
}

export function usePeerValue(): (attribute: PeerAttribute, value: string) => string {
  const t = useTranslate();
  return (attribute, value) => peerValueInSentence(t, attribute, value);
}

/** "all agencies", "Ontario", "6 to 15 staff"… */
export function useViewLabel(): (view: View) => string {
  const { t } = useTranslation('sector');
  const peerValue = usePeerValue();
  return (view) => (view === 'all' ? t('figures.view.all') : peerValue(view.attribute, view.value));
}
