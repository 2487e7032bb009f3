// Edit the organization profile.
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/NotFound';
import { useProfile } from '../../state/queries/profile';
import { showNotice } from '../../state/notice-store';
import { saveProfile } from '../../state/commands/profile';
import { ProfileForm } from './ProfileForm';

export default function ProfileScreen() {
  const { t } = useTranslation(['profile', 'common']);
  const profile = useProfile();
  if (profile === undefined) return <Loading />;
  return (
    <section className="stack">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <ProfileForm
        profile={profile}
        onSave={async (input) => {
          if (await saveProfile(input)) {
            showNotice('info', 'profile:saved');
          }
        }}
      />
    </section>
  );
}
