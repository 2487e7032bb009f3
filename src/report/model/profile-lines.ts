// The organization's profile as the report's cover states it: each fact the person chose, and "not
// stated" for each they left empty. Nothing is filled in for them.
import type { OrganizationProfile } from '../../domain/profile';
import type { Formatter } from '../../presentation/format';

/** "Settlement and integration, Employment services": a plain comma list in either language. */
function list(values: readonly string[], format: Formatter): string {
  const locale = format.language === 'fr' ? 'fr-CA' : 'en-CA';
  return new Intl.ListFormat(locale, { style: 'narrow', type: 'conjunction' }).format(values);
}

export function profileLines(profile: OrganizationProfile, format: Formatter): string[] {
  const { t } = format;
  const notStated = t('report:cover.notStated');
  const services =
    profile.services === undefined
      ? notStated
      : profile.services.length === 0
        ? t('report:cover.noServices')
        : list(
            profile.services.map((service) => t(`profile:serviceName.${service}`)),
            format,
          );
  const languages =
    profile.languages === undefined
      ? notStated
      : list(
          profile.languages.map((language) => t(`profile:languageName.${language}`)),
          format,
        );
  return [
    t('report:cover.province', {
      value:
        profile.province === undefined ? notStated : t(`profile:provinceName.${profile.province}`),
    }),
    t('report:cover.community', {
      value:
        profile.communitySize === undefined
          ? notStated
          : t(`profile:communitySizeName.${profile.communitySize}`),
    }),
    t('report:cover.staff', {
      value:
        profile.staffBand === undefined
          ? notStated
          : t(`profile:staffBandName.${profile.staffBand}`),
    }),
    t('report:cover.services', { value: services }),
    t('report:cover.languages', { value: languages }),
  ];
}
