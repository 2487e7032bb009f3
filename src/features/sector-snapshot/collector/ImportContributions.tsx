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
import { droppedFiles, folderFiles } from './collect-dropped-files';
import { ImportOutcome } from './ImportOutcome';
import { ImportProgress } from './ImportProgress';

/** Chromium, Edge, Firefox and Safari all read this attribute; React does not know it. */
const folderPicker = { webkitdirectory: '' } as Record<string, string>;

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
          <div className="field">
            <label htmlFor={`${id}-files`}>{t('import.chooseFiles')}</label>
            <input
              id={`${id}-files`}
              type="file"
              multiple
              accept=".json,application/json,.zip,application/zip"
              disabled={busy}
              onChange={(event) => {
                const files = [...(event.target.files ?? [])];
                event.target.value = '';
                void importContributions(files);
              }}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-folder`}>{t('import.chooseFolder')}</label>
            <input
              id={`${id}-folder`}
              type="file"
              {...folderPicker}
              disabled={busy}
              onChange={(event) => {
                const files = folderFiles([...(event.target.files ?? [])]);
                event.target.value = '';
                void importContributions(files);
              }}
            />
          </div>
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
