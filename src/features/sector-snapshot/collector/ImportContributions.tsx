// Importing contribution files by the thousand: a multiple file picker (which also takes .zip
// archives), a folder picker, and a drop zone for files and whole folders. The work runs in a worker;
// the screen shows its progress and a way to stop it.
import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  cancelImport,
  importContributions,
  useSnapshotStore,
} from '../../../state/sector/snapshot-store';
import { FilePicker } from '../../../components/FilePicker';
import { droppedFiles, folderFiles } from './collect-dropped-files';
import { ImportOutcome } from './ImportOutcome';
import { ImportProgress } from './ImportProgress';

export function ImportContributions() {
  const { t } = useTranslation('sector');
  const id = useId();
  const importing = useSnapshotStore((state) => state.importing);
  const [dragging, setDragging] = useState(false);
  const busy = importing !== null;

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (busy) return;
    // The dropped items are only readable during the event: droppedFiles takes them at once.
    void droppedFiles(event.dataTransfer).then(importContributions);
  };

  return (
    <section className="card stack-small" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('import.title')}</h2>
      <p>{t('import.hint')}</p>
      {/* Dropping is a pointer shortcut; the two pickers inside are the keyboard and screen-reader way. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div
        className={`sector-drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <div className="sector-pickers">
          <FilePicker
            label={t('import.chooseFiles')}
            multiple
            accept=".json,application/json,.zip,application/zip"
            disabled={busy}
            onFiles={(files) => void importContributions(files)}
          />
          <FilePicker
            label={t('import.chooseFolder')}
            folder
            disabled={busy}
            onFiles={(files) => void importContributions(folderFiles(files))}
          />
        </div>
        <p className="muted">{t('import.drop')}</p>
      </div>
      {importing !== null && (
        <ImportProgress
          counts={importing.counts}
          cancelling={importing.cancelling}
          onCancel={cancelImport}
        />
      )}
      <ImportOutcome />
    </section>
  );
}
