// Offered on an unfinished response when a newer version of its questionnaire ships: finish on this
// version, or carry the answers to the newer one. Finished responses always keep their version.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CarryOutcome } from '../../storage/carry-response';
import type { Response } from '../../domain/response';
import { carryToNewest, newestVersion } from '../../state/newer-version';
import { attemptSave } from '../../state/save';

interface Props {
  response: Response;
  /** Called once the answers are on the newer version. */
  onCarried: () => void;
}

export function NewerVersionOffer({ response, onCarried }: Props) {
  const { t } = useTranslation('questionnaire');
  const [refused, setRefused] = useState(false);
  const [busy, setBusy] = useState(false);
  const newest = newestVersion(response);
  if (newest === undefined) return null;
  const current = response.version;

  const carry = async () => {
    setBusy(true);
    const result: { outcome?: CarryOutcome } = {};
    const saved = await attemptSave(async () => {
      result.outcome = await carryToNewest(response);
    });
    setBusy(false);
    if (result.outcome?.ok) onCarried();
    else if (saved) setRefused(true);
  };

  return (
    <section className="notice stack-small" aria-labelledby="newer-version-heading">
      <h2 id="newer-version-heading">{t('upgrade.offerTitle', { version: newest })}</h2>
      <p>{t('upgrade.offerText', { current, version: newest })}</p>
      <p className="inline-form">
        <button type="button" className="primary" disabled={busy} onClick={() => void carry()}>
          {t('upgrade.carry', { version: newest })}
        </button>{' '}
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void attemptSave(async () => {
              // On demand, like carrying: neither is needed to show the page.
              const { declineNewerVersion } = await import('../../storage/carry-response');
              await declineNewerVersion(response.id, newest);
            })
          }
        >
          {t('upgrade.stay', { current })}
        </button>
      </p>
      {refused && <p role="alert">{t('upgrade.refused')}</p>}
    </section>
  );
}
