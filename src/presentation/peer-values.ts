// Names of a sector snapshot peer group's value in the reader's language: a region, a province or
// territory, a community size or a staff size. The screens and the report name them the same way.
import type { PeerAttribute } from '../engine/sector-snapshot';
import type { ReportKey } from './translate';

/** Translates the keys these names use (the benchmark and profile namespaces). */
export type PeerTranslate = (
  key: Extract<ReportKey, `benchmark:${string}` | `profile:${string}`>,
) => string;

/** A value on its own, as in a list of choices ("Ontario", "1 to 5"). */
export function peerValueName(t: PeerTranslate, attribute: PeerAttribute, value: string): string {
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
}

/** A value as it reads inside a sentence: staff sizes say "staff" ("6 to 15 staff"). */
export function peerValueInSentence(
  t: PeerTranslate,
  attribute: PeerAttribute,
  value: string,
): string {
  return attribute === 'staffBand'
    ? t(`benchmark:staffBand.${value}` as 'benchmark:staffBand.1-5')
    : peerValueName(t, attribute, value);
}
