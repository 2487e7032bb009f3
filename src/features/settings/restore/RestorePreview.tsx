// What restoring a backup would change, before anything is written: counts by kind, anything odd in
// the file, the records changed on both sides with a choice for each, and the button to restore.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../../components/TableScroll';
import type { Choice, Choices, RestoreMode } from '../../../state/transfer';
import { recordKinds } from '../../../state/transfer';
import type { BackupPreview, ConflictView } from '../../../state/transfer';
import { ConflictList } from './ConflictList';

interface Props {
  file: string;
  preview: BackupPreview;
  conflicts: ConflictView[];
  choices: Choices;
  onChangeMode: (mode: RestoreMode) => void;
  onChoose: (conflictId: string, choice: Choice) => void;
  onChooseForAll: (choice: Choice) => void;
  onShowMore: () => void;
  onRestore: () => void;
  onCancel: () => void;
}

const columns = ['added', 'updated', 'unchanged', 'kept', 'conflicts', 'removed'] as const;

export function RestorePreview(props: Props) {
  const { file, preview, conflicts, choices } = props;
  const { t } = useTranslation(['transfer', 'common']);
  const id = useId();
  const merging = preview.mode === 'merge';
  return (
    <div className="card stack-small" role="region" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('restorePreviewTitle', { file })}</h3>
      <fieldset>
        <legend>{t('restoreMode')}</legend>
        {(['merge', 'replace'] as const).map((option) => (
          <label key={option} className="choice">
            <input
              type="radio"
              name={`${id}-mode`}
              value={option}
              checked={preview.mode === option}
              onChange={() => props.onChangeMode(option)}
            />
            {option === 'merge' ? t('restoreMerge') : t('restoreReplace')}
          </label>
        ))}
      </fieldset>
      {preview.formatVersion < 2 && (
        <p className="notice notice-warning">{t('restore.olderFormat')}</p>
      )}
      {preview.findings.unknownVersionCycles > 0 && (
        <p className="notice notice-warning">
          {t('restore.unknownVersionCycles', { count: preview.findings.unknownVersionCycles })}
        </p>
      )}
      {preview.findings.unknownVersionResponses > 0 && (
        <p className="notice notice-warning">
          {t('restore.unknownVersionResponses', {
            count: preview.findings.unknownVersionResponses,
            answers: preview.findings.unknownVersionAnswers,
          })}
        </p>
      )}
      {preview.findings.unfittingAnswers > 0 && (
        <p className="notice notice-warning">
          {t('restore.unfittingAnswers', { count: preview.findings.unfittingAnswers })}
        </p>
      )}
      {preview.implausibleTimes > 0 && (
        <p className="notice notice-warning">
          {t('restore.implausibleTimes', { count: preview.implausibleTimes })}
        </p>
      )}
      <TableScroll captionId={`${id}-caption`}>
        <table>
          <caption id={`${id}-caption`}>{t('restoreTable.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('restoreTable.kind')}</th>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {t(`restoreTable.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {recordKinds.map((kind) => (
              <tr key={kind}>
                <th scope="row">{t(`kinds.${kind}`)}</th>
                {columns.map((column) => (
                  <td key={column}>
                    {t('restoreTable.count', { value: preview.counts[kind][column] })}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {!merging && preview.discardsNewer > 0 && (
        <p className="notice notice-warning">
          {t('restore.discardsNewer', { count: preview.discardsNewer })}
        </p>
      )}
      {merging && preview.conflictCount > 0 && (
        <ConflictList
          conflicts={conflicts}
          total={preview.conflictCount}
          choices={choices}
          onChoose={props.onChoose}
          onChooseForAll={props.onChooseForAll}
          onShowMore={props.onShowMore}
        />
      )}
      <p>
        <button type="button" className={merging ? 'primary' : 'danger'} onClick={props.onRestore}>
          {merging && preview.conflictCount > 0
            ? t('restore.confirmWithChoices')
            : t('restoreConfirm')}
        </button>{' '}
        <button type="button" onClick={props.onCancel}>
          {t('common:cancel')}
        </button>
      </p>
    </div>
  );
}
