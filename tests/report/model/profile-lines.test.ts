// The cover states the organization's profile as chosen: a fact left empty prints "not stated",
// never a default, in both languages.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../../src/lib/typography';
import { buildReportModel } from '../../../src/report/model/build-model';
import type { Formatter } from '../../../src/presentation/format';
import { profileLines } from '../../../src/report/model/profile-lines';
import type { OrganizationProfile } from '../../../src/domain/profile';
import { profile as fullProfile, reportInput } from '../support/fixture';
import { formatter, translator } from '../support/translate';

const nameOnly: OrganizationProfile = {
  id: 'organization',
  name: 'Centre',
  updatedAt: '2026-03-02T15:30:00.000-05:00',
};

const format = {} as Record<Language, Formatter>;
beforeAll(async () => {
  format.en = await formatter('en');
  format.fr = await formatter('fr');
});

describe('the profile on the report cover', () => {
  it('prints “not stated” for every fact left empty, in English', () => {
    expect(profileLines(nameOnly, format.en)).toEqual([
      'Province or territory: not stated',
      'Community size: not stated',
      'Staff: not stated',
      'Services: not stated',
      'Official languages of service: not stated',
    ]);
  });

  it('prints « non précisé » for every fact left empty, in French', () => {
    expect(profileLines(nameOnly, format.fr)).toEqual([
      'Province ou territoire\u00a0: non précisé',
      'Taille de la collectivité\u00a0: non précisé',
      'Personnel\u00a0: non précisé',
      'Services\u00a0: non précisé',
      'Langues officielles de service\u00a0: non précisé',
    ]);
  });

  it('prints each fact that was chosen, and “none of those listed” for services chosen as none', () => {
    expect(profileLines(fullProfile, format.en)).toEqual([
      'Province or territory: Quebec',
      'Community size: Small centre or rural community',
      'Staff: 6 to 15',
      'Services: Settlement and integration, Employment services, Community connections',
      'Official languages of service: French, English',
    ]);
    expect(profileLines({ ...nameOnly, services: [] }, format.fr)[3]).toBe(
      'Services\u00a0: aucun de ceux de la liste',
    );
  });

  it.each(['en', 'fr'] as const)(
    'reaches the cover of the whole %s report, with no fact invented',
    async (language) => {
      const t = await translator(language);
      const model = buildReportModel({ ...reportInput({ language }), profile: nameOnly }, t);
      const notStated = language === 'fr' ? 'non précisé' : 'not stated';
      const facts = model.cover.details.filter((line) => line.endsWith(notStated));
      expect(facts).toHaveLength(5);
      const everything = JSON.stringify(model.cover);
      for (const word of [
        'Quebec',
        'Québec',
        'Small centre',
        'Petit centre',
        '6 to 15',
        'De 6 à 15',
      ])
        expect(everything).not.toContain(word);
    },
  );
});
