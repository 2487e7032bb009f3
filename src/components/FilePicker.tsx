// A file picker that speaks the interface's language: the browser's own input stays (keyboard, screen
// readers, the system's file dialog) but is visually hidden, its label is styled as a button, and the
// chosen file's name is shown in words, so a French screen never shows the browser's "Choose File".
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Chromium, Edge, Firefox and Safari all read this attribute; React does not know it. */
const folderPicker = { webkitdirectory: '' } as Record<string, string>;

interface Props {
  /** What choosing does, e.g. "Restore from a backup file": the input's accessible name. */
  label: string;
  accept?: string;
  multiple?: boolean;
  /** Picks a whole folder instead of files. */
  folder?: boolean;
  disabled?: boolean;
  primary?: boolean;
  onFiles: (files: File[]) => void;
}

export function FilePicker({ label, accept, multiple, folder, disabled, primary, onFiles }: Props) {
  const { t } = useTranslation('transfer');
  const id = useId();
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [first] = chosen;
  const said =
    first === undefined
      ? t('filePicker.none')
      : chosen.length === 1
        ? t('filePicker.one', { file: first })
        : t('filePicker.many', { count: chosen.length });
  return (
    <div className={`file-picker${disabled ? ' disabled' : ''}`}>
      <input
        id={id}
        type="file"
        className="visually-hidden"
        aria-describedby={`${id}-chosen`}
        {...(accept === undefined ? {} : { accept })}
        {...(multiple ? { multiple: true } : {})}
        {...(folder ? folderPicker : {})}
        disabled={disabled}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Cleared so that choosing the same file again (after fixing it) is noticed.
          event.target.value = '';
          if (files.length === 0) return;
          setChosen(files.map((file) => file.name));
          onFiles(files);
        }}
      />
      <label htmlFor={id} className={`button${primary ? ' primary' : ''}`}>
        {label}
      </label>
      <span id={`${id}-chosen`} className="file-picker-chosen">
        {said}
      </span>
    </div>
  );
}
