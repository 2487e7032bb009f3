// An own action's title and description changed on demand, and the action deleted after a second,
// explicit confirmation (nothing is deleted by one stray click).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../components/FieldError';
import type { OwnActionRecord } from '../../domain/own-action';
import { changeOwn, deleteOwn } from '../../state/commands/own-actions';

interface Props {
  cycleId: string;
  action: OwnActionRecord;
  /** Id of the action's title, so each button names its action. */
  titleId: string;
}

export function OwnActionText({ cycleId, action, titleId }: Props) {
  const { t } = useTranslation(['roadmap', 'common']);
  const id = useId();
  const [mode, setMode] = useState<'closed' | 'editing' | 'deleting'>('closed');
  const [title, setTitle] = useState(action.title);
  const [description, setDescription] = useState(action.description ?? '');
  const [titleMissing, setTitleMissing] = useState(false);

  const startEditing = () => {
    setTitle(action.title);
    setDescription(action.description ?? '');
    setTitleMissing(false);
    setMode('editing');
  };
  const save = async () => {
    if (title.trim() === '') {
      setTitleMissing(true);
      return;
    }
    const saved = await changeOwn(cycleId, action.id, {
      title: title.trim(),
      description: description.trim(),
    });
    if (saved) setMode('closed');
  };

  if (mode === 'editing') {
    return (
      <form
        className="stack-small"
        noValidate
        aria-labelledby={`${id}-edit ${titleId}`}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <p id={`${id}-edit`} className="visually-hidden">
          {t('own.editText')}
        </p>
        <div className="field">
          <label htmlFor={`${id}-title`}>{t('own.title')}</label>
          <input
            id={`${id}-title`}
            type="text"
            maxLength={200}
            autoComplete="off"
            aria-invalid={titleMissing ? true : undefined}
            aria-describedby={titleMissing ? `${id}-title-error` : undefined}
            value={title}
            onChange={(event) => {
              setTitle(event.target.value);
            }}
          />
          <FieldError
            id={`${id}-title-error`}
            message={titleMissing ? t('own.titleRequired') : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-description`}>{t('own.description')}</label>
          <textarea
            id={`${id}-description`}
            rows={3}
            maxLength={4000}
            value={description}
            onChange={(event) => {
              setDescription(event.target.value);
            }}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="primary">
            {t('common:save')}
          </button>
          <button
            type="button"
            onClick={() => {
              setMode('closed');
            }}
          >
            {t('common:cancel')}
          </button>
        </div>
      </form>
    );
  }

  if (mode === 'deleting') {
    return (
      <div className="notice stack-small" role="group" aria-labelledby={`${id}-confirm`}>
        <p id={`${id}-confirm`}>{t('own.confirmDelete', { title: action.title })}</p>
        <div className="button-row">
          <button
            type="button"
            className="danger"
            onClick={() => void deleteOwn(cycleId, action.id)}
          >
            {t('own.confirm')}
          </button>
          <button
            type="button"
            onClick={() => {
              setMode('closed');
            }}
          >
            {t('own.keep')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="button-row">
      <button type="button" aria-describedby={titleId} onClick={startEditing}>
        {t('own.editText')}
      </button>
      <button
        type="button"
        aria-describedby={titleId}
        onClick={() => {
          setMode('deleting');
        }}
      >
        {t('own.deleteAction')}
      </button>
    </div>
  );
}
