// Backup of everything on this device, and restore on this or another device: the file is checked,
// a preview shows what would change, and the restore runs only after the person confirms.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadBlob } from '../../lib/download';
import { backupFileName } from '../../lib/file-name';
import {
  buildBackup,
  parseBackup,
  previewRestore,
  restoreBackup,
  type BackupFile,
  type RestoreMode,
  type RestorePreview,
} from '../../storage/transfer/backup-file';
import { settleReplacedData } from '../../storage/device-data';
import type { ImportError } from '../../storage/transfer/import-error';
import { MAX_BACKUP_FILE_BYTES, readFileJson } from '../../storage/transfer/read-file';
import { showNotice } from '../../state/notice-store';
import { attemptSave } from '../../state/save';
import { TableScroll } from '../../components/TableScroll';

type Pending = { file: string; backup: BackupFile; preview: RestorePreview };
const kinds = [
  'profile',
  'cycles',
  'responses',
  'answers',
  'roadmapEdits',
  'clientChecks',
] as const;

export function BackupRestore() {
  const captionId = useId();
  const { t } = useTranslation(['transfer', 'settings', 'common']);
  const id = useId();
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState<{ file: string; error: ImportError } | null>(null);

  const exportBackup = async () => {
    const backup = await buildBackup();
    const name = backupFileName(backup.exportedAt);
    downloadBlob(new Blob([JSON.stringify(backup)], { type: 'application/json' }), name);
    showNotice('info', 'transfer:exported', { file: name });
  };

  const choose = async (file: File, chosenMode: RestoreMode) => {
    setError(null);
    setPending(null);
    const raw = await readFileJson(file, MAX_BACKUP_FILE_BYTES);
    const parsed = raw.ok ? parseBackup(raw.value) : raw;
    if (!parsed.ok) {
      setError({ file: file.name, error: parsed.error });
      return;
    }
    setPending({
      file: file.name,
      backup: parsed.value,
      preview: await previewRestore(parsed.value, chosenMode),
    });
  };

  const changeMode = async (next: RestoreMode) => {
    setMode(next);
    if (pending) setPending({ ...pending, preview: await previewRestore(pending.backup, next) });
  };

  const restore = async () => {
    if (!pending) return;
    if (await attemptSave(() => restoreBackup(pending.backup, mode))) {
      if (mode === 'replace') settleReplacedData();
      setPending(null);
      showNotice('info', 'transfer:restoreDone');
    }
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
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('restoreChoose')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void choose(file, mode);
          }}
        />
      </div>
      {error && (
        <p role="alert" className="field-error">
          {t('fileError', {
            file: error.file,
            message: t(`errors.${error.error.code}`, error.error.details),
          })}
        </p>
      )}
      {pending && (
        <div className="card stack-small" role="region" aria-labelledby={`${id}-preview`}>
          <h3 id={`${id}-preview`}>{t('restorePreviewTitle', { file: pending.file })}</h3>
          <fieldset>
            <legend>{t('restoreMode')}</legend>
            {(['merge', 'replace'] as const).map((option) => (
              <label key={option} className="choice">
                <input
                  type="radio"
                  name={`${id}-mode`}
                  value={option}
                  checked={mode === option}
                  onChange={() => void changeMode(option)}
                />
                {option === 'merge' ? t('restoreMerge') : t('restoreReplace')}
              </label>
            ))}
          </fieldset>
          <TableScroll captionId={captionId}>
            <table>
              <caption id={captionId}>{t('restoreTable.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('restoreTable.kind')}</th>
                  <th scope="col">{t('restoreTable.added')}</th>
                  <th scope="col">{t('restoreTable.updated')}</th>
                  <th scope="col">{t('restoreTable.unchanged')}</th>
                  <th scope="col">{t('restoreTable.removed')}</th>
                </tr>
              </thead>
              <tbody>
                {kinds.map((kind) => (
                  <tr key={kind}>
                    <th scope="row">{t(`kinds.${kind}`)}</th>
                    <td>{pending.preview[kind].added}</td>
                    <td>{pending.preview[kind].updated}</td>
                    <td>{pending.preview[kind].unchanged}</td>
                    <td>{pending.preview[kind].removed}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <p>
            <button
              type="button"
              className={mode === 'replace' ? 'danger' : 'primary'}
              onClick={() => void restore()}
            >
              {t('restoreConfirm')}
            </button>{' '}
            <button type="button" onClick={() => setPending(null)}>
              {t('common:cancel')}
            </button>
          </p>
        </div>
      )}
    </section>
  );
}
