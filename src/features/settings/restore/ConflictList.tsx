// Every record changed both on this device and in the file: the person decides, one by one or for
// all at once. Nothing is decided for them but the default, which keeps this device's copy.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { choiceFor, type Choice, type Choices } from '../../../state/transfer';
import type { ConflictView } from '../../../state/transfer';
import { ConflictChoice } from './ConflictChoice';

interface Props {
  conflicts: ConflictView[];
  total: number;
  choices: Choices;
  onChoose: (conflictId: string, choice: Choice) => void;
  onChooseForAll: (choice: Choice) => void;
  onShowMore: () => void;
}

export function ConflictList({
  conflicts,
  total,
  choices,
  onChoose,
  onChooseForAll,
  onShowMore,
}: Props) {
  const { t } = useTranslation('transfer');
  const id = useId();
  const [now] = useState(() => Date.now());
  const overrides = Object.values(choices.records);
  const fromFile =
    choices.all === 'file'
      ? total - overrides.filter((choice) => choice === 'device').length
      : overrides.filter((choice) => choice === 'file').length;
  return (
    <section className="stack-small" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{t('conflict.title', { count: total })}</h4>
      <p>{t('conflict.explanation')}</p>
      <p>
        <button type="button" onClick={() => onChooseForAll('device')}>
          {t('conflict.keepDeviceForAll')}
        </button>{' '}
        <button type="button" onClick={() => onChooseForAll('file')}>
          {t('conflict.takeFileForAll')}
        </button>
      </p>
      <p aria-live="polite">{t('conflict.tally', { count: total, fromFile })}</p>
      <ol className="conflict-list stack-small">
        {conflicts.map((conflict) => (
          <ConflictChoice
            key={conflict.id}
            conflict={conflict}
            choice={choiceFor(choices, conflict)}
            onChoose={(choice) => onChoose(conflict.id, choice)}
            now={now}
          />
        ))}
      </ol>
      {conflicts.length < total && (
        <p>
          <button type="button" onClick={onShowMore}>
            {t('conflict.showMore', { count: total - conflicts.length })}
          </button>
        </p>
      )}
    </section>
  );
}
