// The steps of restoring a backup, as the settings screen shows them: reading and checking the file
// (with progress and a cancel), the preview with its conflicts and the person's choices, then the
// restore itself. The work runs in a transfer session (storage/transfer/transfer-session.ts).
import { useCallback, useEffect, useRef, useState } from 'react';
import { settleReplacedData } from '../../../state/transfer';
import type { ImportError } from '../../../state/transfer';
import type { Choice, Choices, RestoreMode, RestoreSummary } from '../../../state/transfer';
import type { BackupPreview, ConflictView, Progress } from '../../../state/transfer';
import { CONFLICT_PAGE } from '../../../state/transfer';
import {
  startTransferSession,
  TransferCancelled,
  type TransferSession,
} from '../../../state/transfer';
import { showNotice } from '../../../state/notice-store';
import { attemptSave } from '../../../state/save';

export type RestoreState =
  | { phase: 'idle' }
  | { phase: 'working'; file: string; progress: Progress }
  | { phase: 'refused'; file: string; error: ImportError }
  | {
      phase: 'preview';
      file: string;
      preview: BackupPreview;
      /** Conflicts shown so far (more come page by page). */
      conflicts: ConflictView[];
      choices: Choices;
    };

const initialChoices = (): Choices => ({ all: 'device', records: {} });

export function useBackupRestore() {
  const [state, setState] = useState<RestoreState>({ phase: 'idle' });
  const session = useRef<TransferSession | null>(null);
  const fileName = useRef('');

  const end = useCallback(() => {
    session.current?.close();
    session.current = null;
  }, []);
  useEffect(() => end, [end]);

  const progressTo = useCallback((progress: Progress) => {
    setState({ phase: 'working', file: fileName.current, progress });
  }, []);

  /**
   * Runs a step; a cancel or failure ends the session and says so. A failure while reading is shown
   * here; one while writing goes to the caller (attemptSave says what happened to the data).
   */
  const run = useCallback(
    async <T>(
      work: (current: TransferSession) => Promise<T>,
      step: 'reading' | 'writing' = 'reading',
    ): Promise<T | undefined> => {
      const current = session.current;
      if (!current) return undefined;
      try {
        return await work(current);
      } catch (error) {
        end();
        if (error instanceof TransferCancelled) {
          setState({ phase: 'idle' });
          showNotice('info', 'transfer:restore.cancelled');
        } else if (step === 'reading') {
          setState({
            phase: 'refused',
            file: fileName.current,
            error: { code: 'read-failed', details: {} },
          });
        } else {
          setState({ phase: 'idle' });
          throw error;
        }
        return undefined;
      }
    },
    [end],
  );

  const open = useCallback(
    async (file: File, mode: RestoreMode) => {
      end();
      fileName.current = file.name;
      session.current = startTransferSession(progressTo);
      progressTo({ stage: 'reading', done: 0, total: 0 });
      const read = await run((current) => current.openBackup(file, mode));
      if (read === undefined) return;
      if (!read.ok) {
        end();
        setState({ phase: 'refused', file: file.name, error: read.error });
        return;
      }
      setState({
        phase: 'preview',
        file: file.name,
        preview: read.value,
        conflicts: read.value.conflicts,
        choices: initialChoices(),
      });
    },
    [end, progressTo, run],
  );

  const changeMode = useCallback(
    async (mode: RestoreMode) => {
      if (state.phase !== 'preview') return;
      const { file, choices } = state;
      // The preview of the other mode replaces this one: nothing can be restored from a stale one.
      progressTo({ stage: 'comparing', done: 0, total: 0 });
      const preview = await run((current) => current.previewBackup(mode));
      if (preview)
        setState({ phase: 'preview', file, preview, conflicts: preview.conflicts, choices });
    },
    [progressTo, run, state],
  );

  const showMoreConflicts = useCallback(async () => {
    if (state.phase !== 'preview') return;
    const more = await run((current) => current.conflicts(state.conflicts.length, CONFLICT_PAGE));
    if (more) setState({ ...state, conflicts: [...state.conflicts, ...more] });
  }, [run, state]);

  const choose = useCallback(
    (conflictId: string, choice: Choice) => {
      if (state.phase !== 'preview') return;
      const { choices } = state;
      setState({
        ...state,
        choices: { ...choices, records: { ...choices.records, [conflictId]: choice } },
      });
    },
    [state],
  );

  const chooseForAll = useCallback(
    (choice: Choice) => {
      if (state.phase === 'preview') setState({ ...state, choices: { all: choice, records: {} } });
    },
    [state],
  );

  const restore = useCallback(async () => {
    if (state.phase !== 'preview') return;
    const { preview, choices } = state;
    progressTo({ stage: 'writing', done: 0, total: 0 });
    let summary: RestoreSummary | undefined;
    const saved = await attemptSave(async () => {
      summary = await run((current) => current.restoreBackup(preview.mode, choices), 'writing');
    });
    end();
    setState({ phase: 'idle' });
    if (saved && summary) {
      // Drafts typed before a replace must not overwrite what was restored; other tabs are told.
      if (preview.mode === 'replace') settleReplacedData();
      showNotice('info', 'transfer:restoreDone');
    }
  }, [end, progressTo, run, state]);

  const cancel = useCallback(() => {
    if (state.phase === 'working') session.current?.cancel();
    else {
      end();
      setState({ phase: 'idle' });
    }
  }, [end, state.phase]);

  return { state, open, changeMode, showMoreConflicts, choose, chooseForAll, restore, cancel };
}
