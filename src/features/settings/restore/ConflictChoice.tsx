// One record changed on both sides: what it is, both copies side by side (with when each was last
// saved, for information), and the choice between them as two radio buttons.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useContentFormat } from '../../../components/use-content-format';
import { useQuestionnaire } from '../../../state/queries/questionnaires';
import type { Choice } from '../../../state/transfer';
import { lastChanged } from '../../../state/transfer';
import type { ConflictView } from '../../../state/transfer';
import { instant, isImplausible } from '../../../state/transfer';
import { conflictName, conflictRows, type Words } from './conflict-words';

interface Props {
  conflict: ConflictView;
  choice: Choice;
  onChoose: (choice: Choice) => void;
  /** This device's clock, read once for the whole preview. */
  now: number;
}

export function ConflictChoice({ conflict, choice, onChoose, now }: Props) {
  const { t } = useTranslation(['transfer', 'profile', 'roadmap', 'common']);
  const format = useContentFormat();
  const id = useId();
  const loaded = useQuestionnaire(conflict.context.questionnaireId, conflict.context.version);
  const words: Words = {
    t,
    format,
    questionnaire: loaded.status === 'ready' ? loaded.value : undefined,
  };
  const name = conflictName(conflict, words);
  const when = (stamp: string | undefined) => {
    if (stamp === undefined) return t('conflict.notStated');
    const ms = instant(stamp);
    const date = ms === undefined ? stamp : t('common:dateTime', { value: new Date(ms) });
    return isImplausible(stamp, now) ? t('conflict.implausibleDate', { date }) : date;
  };
  return (
    <li>
      <fieldset className="stack-small conflict">
        <legend>{name}</legend>
        <table>
          <caption className="visually-hidden">{t('conflict.caption', { name })}</caption>
          <thead>
            <tr>
              <td />
              <th scope="col">{t('conflict.deviceCopy')}</th>
              <th scope="col">{t('conflict.fileCopy')}</th>
            </tr>
          </thead>
          <tbody>
            {conflictRows(conflict, words).map((row) => (
              <tr key={row.field}>
                <th scope="row">{row.label}</th>
                <td className="conflict-value">{row.device}</td>
                <td className="conflict-value">{row.file}</td>
              </tr>
            ))}
            <tr className="muted">
              <th scope="row">{t('conflict.lastChanged')}</th>
              <td>{when(lastChanged(conflict.device))}</td>
              <td>{when(lastChanged(conflict.file))}</td>
            </tr>
          </tbody>
        </table>
        <div className="choices-inline">
          {(['device', 'file'] as const).map((option) => (
            <label key={option} className="choice">
              <input
                type="radio"
                name={`${id}-choice`}
                value={option}
                checked={choice === option}
                onChange={() => onChoose(option)}
              />
              {option === 'device' ? t('conflict.keepDevice') : t('conflict.takeFile')}
            </label>
          ))}
        </div>
      </fieldset>
    </li>
  );
}
