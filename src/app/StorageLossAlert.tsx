// Says, in plain words, that this tab can no longer save (another tab upgraded, deleted or replaced
// the data, or the browser closed its storage) and offers the reload that brings it back in step.
// Loaded on demand, with its text (the "alerts" namespace): most sessions never need it.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { StorageLoss } from '../state/storage-store';

/** After a deletion the place this tab was on is gone too: start again from the home page. */
function reload(loss: StorageLoss): void {
  if (loss === 'deleted') history.replaceState(null, '', '#/');
  location.reload();
}

export function StorageLossAlert({ loss }: { loss: StorageLoss }) {
  const { t } = useTranslation('alerts');
  const button = useRef<HTMLButtonElement>(null);

  // The screen's fields are disabled at this moment, so the one being typed in loses focus: bring
  // keyboard and screen-reader users to the way out rather than leaving them at the top of the page.
  useEffect(() => {
    const focused = document.activeElement;
    if (focused === null || focused === document.body || focused.closest('.screen-frame')) {
      button.current?.focus();
    }
  }, []);

  return (
    <div className="notice notice-error storage-loss" role="alert">
      <p>{t(`loss.${loss}`)}</p>
      <p>{t(`lossNotSaved.${loss}`)}</p>
      <button ref={button} type="button" className="primary" onClick={() => reload(loss)}>
        {t(`lossReload.${loss}`)}
      </button>
    </div>
  );
}
