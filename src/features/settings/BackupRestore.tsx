// Backup of everything on this device, and restore on this or another device: the file is read and
// checked with a progress bar (and can be stopped), a preview shows what would change and asks about
// each record changed on both sides, and the restore runs only after the person confirms.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadBlob } from '../../lib/download';
import { backupFileName } from '../../lib/file-name';
import { buildBackup } from '../../state/transfer';
import type { RestoreMode } from '../../state/transfer';
import { showNotice } from '../../state/notice-store';
import { RestorePreview } from './restore/RestorePreview';
import { TransferProgress } from '../../components/TransferProgress';
import { FilePicker } from '../../components/FilePicker';
import { RefusalMessage } from '../../components/RefusalMessage';
import { useFileRefusal } from '../../components/use-file-refusal';
import { useBackupRestore } from './restore/use-backup-restore';

export function BackupRestore() {
  const { t } = useTranslation(['transfer', 'settings', 'common']);
  const id = useId();
  const [mode, setMode] = useState<RestoreMode>('merge');
  const restore = useBackupRestore();
  const refusal = useFileRefusal();
  const { state } = restore;

  const exportBackup = async () => {
    const backup = await buildBackup();
    const name = backupFileName(backup.exportedAt);
    downloadBlob(new Blob([JSON.stringify(backup)], { type: 'application/json' }), name);
    showNotice('info', 'transfer:exported', { file: name });
  };

  return (
    <section className="stack-small" aria-labelledby={`${id}-heading`} id="backup">
      <h2 id={`${id}-heading`}>{t('backupTitle')}</h2>
      <p>{t('backupHint')}</p>
      <p>
        <button type="button" className="primary" onClick={() => void exportBackup()}>
          {t('backupExport')}
        </button>
      </p>
      <FilePicker
        label={t('restoreChoose')}
        accept=".json,application/json"
        disabled={state.phase === 'working'}
        onFiles={([file]) => {
          if (file) void restore.open(file, mode);
        }}
      />
      {state.phase === 'working' && (
        <TransferProgress file={state.file} progress={state.progress} onCancel={restore.cancel} />
      )}
      <div role="alert" className="field-error">
        {state.phase === 'refused' && (
          <RefusalMessage file={state.file} {...refusal(state.error)} />
        )}
      </div>
      {state.phase === 'preview' && (
        <RestorePreview
          file={state.file}
          preview={state.preview}
          conflicts={state.conflicts}
          choices={state.choices}
          onChangeMode={(next) => {
            setMode(next);
            void restore.changeMode(next);
          }}
          onChoose={restore.choose}
          onChooseForAll={restore.chooseForAll}
          onShowMore={() => void restore.showMoreConflicts()}
          onRestore={() => void restore.restore()}
          onCancel={restore.cancel}
        />
      )}
    </section>
  );
}
