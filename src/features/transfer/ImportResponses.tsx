// Leadership imports colleagues' response files into a cycle: a file picker (keyboard and screen
// reader friendly) and a drop zone, with the outcome of every file announced.
import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { importResponseFile, type FileOutcome } from './import-response-files';

export function ImportResponses({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation(['transfer', 'common']);
  const inputId = useId();
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([]);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);

  const importAll = async (files: readonly File[]) => {
    if (files.length === 0) return;
    setBusy(true);
    const results: FileOutcome[] = [];
    for (const file of files) results.push(await importResponseFile(cycleId, file));
    setOutcomes(results);
    setBusy(false);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void importAll([...event.dataTransfer.files]);
  };

  return (
    <section className="card stack-small" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>{t('importTitle')}</h2>
      <p>{t('importHint')}</p>
      {/* Dropping files is a pointer shortcut; the file input inside is the keyboard and screen-reader way. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={inputId}>{t('importChoose')}</label>
        <input
          id={inputId}
          type="file"
          multiple
          accept=".json,application/json"
          disabled={busy}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            void importAll(files);
          }}
        />
        <p className="muted">{t('importDrop')}</p>
      </div>
      <ul aria-live="polite" className="import-results">
        {outcomes.map((outcome, index) => (
          <li key={`${outcome.file}-${index}`} className={outcome.ok ? 'ok' : 'refused'}>
            {outcome.ok
              ? t('imported', { file: outcome.file, respondent: outcome.respondent })
              : t('fileError', {
                  file: outcome.file,
                  message: t(`errors.${outcome.error.code}`, outcome.error.details),
                })}
          </li>
        ))}
      </ul>
    </section>
  );
}
