// What is stored on this device, the privacy statement, and deleting everything.
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/NotFound';
import { useStoredCounts } from '../../state/queries/stored-counts';
import { ClientCheckSettings } from '../client-check';
import { SectorEntry } from '../sector-snapshot';
import { BackupRestore } from './BackupRestore';
import { DeleteAllData } from './DeleteAllData';
import { StoragePersistence } from './StoragePersistence';

const storedKinds = [
  'profile',
  'cycles',
  'responses',
  'answers',
  'roadmapEdits',
  'ownActions',
  'clientChecks',
] as const;

export default function SettingsScreen() {
  const { t } = useTranslation(['settings', 'common']);
  const counts = useStoredCounts();
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
      <Suspense fallback={null}>
        <ClientCheckSettings />
      </Suspense>
      <BackupRestore />
      <Suspense fallback={null}>
        <SectorEntry />
      </Suspense>
      <DeleteAllData />
    </section>
  );
}
