// What the last import did: how many files were new, replaced a contribution, were older copies or
// the same again, and each refused file with its reason in plain words.
import { useTranslation } from 'react-i18next';
import { useSnapshotStore } from '../../../state/sector/snapshot-store';
import { RefusalMessage } from '../../../components/RefusalMessage';
import { useQuestionnaireTitles, useRefusalMessage } from '../refusal-message';

const rows = ['added', 'replaced', 'keptNewer', 'unchanged', 'refused', 'skipped'] as const;

export function ImportOutcome() {
  const { t } = useTranslation('sector');
  const outcome = useSnapshotStore((state) => state.outcome);
  const failure = useSnapshotStore((state) => state.importFailure);
  const summary = useSnapshotStore((state) => state.summary);
  const titles = useQuestionnaireTitles(summary.data?.definitions);
  const message = useRefusalMessage(titles, 'contribution');

  if (failure !== null)
    return (
      <div className="notice notice-error" role="alert">
        <p>{t('import.failed')}</p>
        <details className="technical-details">
          <summary>{t('import.details')}</summary>
          <code>{failure}</code>
        </details>
      </div>
    );
  if (outcome === null) return null;
  const unlisted = outcome.refused - outcome.refusedFiles.length;
  return (
    <div className="stack-small">
      <h3>{t('outcome.title')}</h3>
      <p role="status">{outcome.cancelled ? t('outcome.cancelled') : t('outcome.done')}</p>
      <table>
        <caption className="visually-hidden">{t('outcome.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('outcome.what')}</th>
            <th scope="col">{t('outcome.count')}</th>
          </tr>
        </thead>
        <tbody>
          {rows
            .filter((row) => row === 'added' || row === 'refused' || outcome[row] > 0)
            .map((row) => (
              <tr key={row}>
                <th scope="row">{t(`outcome.${row}`)}</th>
                <td>{outcome[row]}</td>
              </tr>
            ))}
        </tbody>
      </table>
      {outcome.refusedFiles.length > 0 && (
        <>
          <h4>{t('outcome.refusedTitle')}</h4>
          <ul className="import-results">
            {outcome.refusedFiles.map(({ file, refusal }, index) => (
              <li key={`${file}-${index}`} className="refused">
                <RefusalMessage file={file} {...message(refusal)} />
              </li>
            ))}
          </ul>
          {unlisted > 0 && <p>{t('outcome.moreRefused', { count: unlisted })}</p>}
        </>
      )}
    </div>
  );
}
