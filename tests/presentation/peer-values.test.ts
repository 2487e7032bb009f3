import { beforeAll, describe, expect, it } from 'vitest';
import type { Formatter } from '../../src/presentation/format';
import { peerValueInSentence, peerValueName } from '../../src/presentation/peer-values';
import { formatter } from '../report/support/translate';

let en: Formatter;
let fr: Formatter;
beforeAll(async () => {
  en = await formatter('en');
  fr = await formatter('fr');
});

describe('names of a peer group', () => {
  it('names a staff size on its own in a list, and with "staff" inside a sentence, in each language', () => {
    expect(peerValueName(en.t, 'staffBand', '6-15')).not.toMatch(/staff/);
    expect(peerValueInSentence(en.t, 'staffBand', '6-15')).toBe('6 to 15 staff');
    expect(peerValueInSentence(fr.t, 'staffBand', '6-15')).toMatch(/^6 à 15 /);
  });

  it('names regions, provinces and community sizes in the reader’s language', () => {
    expect(peerValueName(en.t, 'region', 'atlantic')).toBe('Atlantic Canada');
    expect(peerValueName(fr.t, 'region', 'atlantic')).toBe('Canada atlantique');
    expect(peerValueName(en.t, 'province', 'QC')).toBe('Quebec');
    expect(peerValueName(fr.t, 'province', 'QC')).toBe('Québec');
    expect(peerValueInSentence(fr.t, 'province', 'QC')).toBe('Québec');
    for (const format of [en, fr])
      expect(peerValueName(format.t, 'communitySize', 'small-rural')).not.toMatch(/communitySize/);
  });
});
