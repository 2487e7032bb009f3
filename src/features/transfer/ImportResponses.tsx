// Leadership imports colleagues' response files into a cycle: a file picker (keyboard and screen
// reader friendly) and a drop zone, with the outcome of every file announced. Files are read and
// checked off the page (a transfer session), with progress and a cancel; a newer copy of a response
// already here, or one changed on both sides, waits for the person's decision.
import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TransferProgress } from '../../components/TransferProgress';
import { FilePicker } from '../../components/FilePicker';
import { RefusalMessage } from '../../components/RefusalMessage';
import { useFileRefusal } from '../../components/use-file-refusal';
import type { Choice } from '../../state/transfer';
import type { Progress } from '../../state/transfer';
import { startTransferSession, type TransferSession } from '../../state/transfer';
import { attemptSave } from '../../state/save';
import { decideResponseFile, importResponseFile, type FileOutcome } from './import-response-files';
import { ResponseDecision } from './ResponseDecision';

function OutcomeText({ outcome }: { outcome: Exclude<FileOutcome, { status: 'needs-choice' }> }) {
  const { t } = useTranslation('transfer');
  const refusal = useFileRefusal();
  if (!outcome.ok) return <RefusalMessage file={outcome.file} {...refusal(outcome.error)} />;
  const values = { file: outcome.file, respondent: outcome.respondent };
  switch (outcome.status) {
    case 'imported':
      return t('imported', values);
    case 'replaced':
      return t('responseReplaced', values);
    case 'kept':
      return t('responseKept', values);
    case 'already-imported':
      return t('responseAlreadyImported', values);
  }
}

export function ImportResponses({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation(['transfer', 'common']);
  const inputId = useId();
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([]);
  const [progress, setProgress] = useState<{ file: string; progress: Progress } | null>(null);
  const [dragging, setDragging] = useState(false);
  const session = useRef<TransferSession | null>(null);
  const current = useRef('');
  useEffect(
    () => () => {
      session.current?.close();
    },
    [],
  );

  const sessionFor = () => {
    session.current ??= startTransferSession((step) => {
      setProgress({ file: current.current, progress: step });
    });
    return session.current;
  };

  const importAll = async (files: readonly File[]) => {
    if (files.length === 0) return;
    const results: FileOutcome[] = [];
    for (const file of files) {
      current.current = file.name;
      setProgress({ file: file.name, progress: { stage: 'reading', done: 0, total: 0 } });
      const outcome = await importResponseFile(cycleId, file, sessionFor());
      if (!outcome.ok && outcome.error.code === 'cancelled') {
        results.push(
          ...files
            .slice(results.length)
            .map((rest): FileOutcome => ({ file: rest.name, ok: false, error: outcome.error })),
        );
        break;
      }
      results.push(outcome);
    }
    setProgress(null);
    setOutcomes(results);
  };

  const decide = async (index: number, choice: Choice | undefined) => {
    const pending = outcomes[index];
    if (pending?.ok !== true || pending.status !== 'needs-choice') return;
    if (choice === undefined) {
      setOutcomes(outcomes.filter((_, i) => i !== index));
      return;
    }
    current.current = pending.file;
    const decision = { outcome: undefined as FileOutcome | undefined };
    await attemptSave(async () => {
      decision.outcome = await decideResponseFile(sessionFor(), pending, choice);
    });
    setProgress(null);
    const decided = decision.outcome;
    if (decided) setOutcomes(outcomes.map((outcome, i) => (i === index ? decided : outcome)));
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
        <FilePicker
          label={t('importChoose')}
          multiple
          accept=".json,application/json"
          disabled={progress !== null}
          onFiles={(files) => void importAll(files)}
        />
        <p className="muted">{t('importDrop')}</p>
      </div>
      {progress && (
        <TransferProgress
          file={progress.file}
          progress={progress.progress}
          onCancel={() => session.current?.cancel()}
        />
      )}
      <ul aria-live="polite" className="import-results">
        {outcomes.map((outcome, index) => (
          <li
            key={`${outcome.file}-${index}`}
            className={
              outcome.ok ? (outcome.status === 'needs-choice' ? 'pending' : 'ok') : 'refused'
            }
          >
            {outcome.ok && outcome.status === 'needs-choice' ? (
              <ResponseDecision
                pending={outcome}
                busy={progress !== null}
                onDecide={(choice) => void decide(index, choice)}
              />
            ) : (
              <OutcomeText outcome={outcome} />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
