// What is stored on this device, the privacy statement, and deleting everything.
import { useLiveQuery } from 'dexie-react-hooks';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/NotFound';
import { countStored } from '../../storage/device-data';
import { SectorEntry } from '../sector-snapshot/SectorEntry';
import { ClientCheckSettings } from '../client-check/ClientCheckSettings';
import { BackupRestore } from './BackupRestore';
import { DeleteAllData } from './DeleteAllData';
import { StoragePersistence } from './StoragePersistence';

const storedKinds = ['profile', 'cycles', 'responses', 'answers', 'roadmapEdits'] as const;

export default function SettingsScreen() {
  const { t } = useTranslation(['settings', 'common']);
  const counts = useLiveQuery(countStored, []);
  if (counts === undefined) return <Loading />;
  return (
    <section className="stack">
      <h1>{t('title')}</h1>
      <p className="privacy-note">{t('privacy')}</p>
      <h2>{t('storedTitle')}</h2>
      <table>
        <tbody>
          {storedKinds.map((kind) => (
            <tr key={kind}>
              <th scope="row">{t(`stored.${kind}`)}</th>
              <td>{counts[kind]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <StoragePersistence />
      <ClientCheckSettings />
      <BackupRestore />
      <Suspense fallback={null}>
        <SectorEntry />
      </Suspense>
      <DeleteAllData />
    </section>
  );
}
