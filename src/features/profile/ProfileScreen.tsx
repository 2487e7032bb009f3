// Edit the organization profile.
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/NotFound';
import { saveProfile } from '../../storage/profile';
import { useProfile } from '../../state/data-hooks';
import { showNotice } from '../../state/notice-store';
import { attemptSave } from '../../state/save';
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
          if (await attemptSave(() => saveProfile(input))) {
            showNotice('info', 'profile:saved');
          }
        }}
      />
    </section>
  );
}
