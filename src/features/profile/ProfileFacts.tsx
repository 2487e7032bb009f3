// The organization's profile at a glance: each fact as chosen, or "Not stated" when left empty.
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/Link';
import type { OrganizationProfile } from '../../domain/profile';

export function ProfileFacts({ profile }: { profile: OrganizationProfile }) {
  const { t, i18n } = useTranslation('profile');
  const list = (values: string[]) =>
    new Intl.ListFormat(i18n.language === 'fr' ? 'fr-CA' : 'en-CA', {
      style: 'narrow',
      type: 'conjunction',
    }).format(values);
  const facts = [
    {
      label: t('province'),
      value: profile.province && t(`provinceName.${profile.province}`),
    },
    {
      label: t('communitySize'),
      value: profile.communitySize && t(`communitySizeName.${profile.communitySize}`),
    },
    {
      label: t('staffBand'),
      value: profile.staffBand && t(`staffBandName.${profile.staffBand}`),
    },
    {
      label: t('services'),
      value:
        profile.services &&
        (profile.services.length === 0
          ? t('noneOfThese')
          : list(profile.services.map((service) => t(`serviceName.${service}`)))),
    },
    {
      label: t('languages'),
      value:
        profile.languages &&
        list(profile.languages.map((language) => t(`languageName.${language}`))),
    },
  ];
  return (
    <div className="stack-small">
      <dl className="profile-facts">
        {facts.map(({ label, value }) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd className={value === undefined ? 'muted' : undefined}>{value ?? t('notStated')}</dd>
          </div>
        ))}
      </dl>
      <p>
        <Link to={{ name: 'profile' }}>{t('editProfile')}</Link>
      </p>
    </div>
  );
}
