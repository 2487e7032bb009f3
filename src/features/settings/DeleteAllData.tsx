// "Delete all data", confirmed by typing a word so it cannot happen by a stray click or key press.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../components/FieldError';
import { deleteAllData } from '../../state/commands/device-data';
import { showNotice } from '../../state/notice-store';
import { navigate } from '../../routing/route-store';

export function DeleteAllData() {
  const { t } = useTranslation(['settings', 'common']);
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const [wrong, setWrong] = useState(false);

  return (
    <section className="stack-small" aria-labelledby="delete-heading">
      <h2 id="delete-heading">{t('deleteTitle')}</h2>
      <p>{t('deleteHint')}</p>
      {!confirming ? (
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {t('deleteButton')}
        </button>
      ) : (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (typed.trim() !== t('deleteConfirmWord')) {
              setWrong(true);
              return;
            }
            void deleteAllData().then((done) => {
              if (!done) return;
              navigate({ name: 'home' });
              // Shown on the home screen the person lands on.
              showNotice('info', 'settings:deleted');
            });
          }}
        >
          <div className="field">
            <label htmlFor="delete-confirm">{t('deleteConfirmLabel')}</label>
            <input
              id="delete-confirm"
              value={typed}
              autoComplete="off"
              aria-invalid={wrong ? true : undefined}
              aria-describedby={wrong ? 'delete-confirm-error' : undefined}
              onChange={(event) => {
                setTyped(event.target.value);
                setWrong(false);
              }}
            />
            <FieldError
              id="delete-confirm-error"
              message={wrong ? t('deleteConfirmWrong') : undefined}
            />
          </div>
          <button type="submit" className="danger">
            {t('deleteConfirm')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('common:cancel')}
          </button>
        </form>
      )}
    </section>
  );
}
