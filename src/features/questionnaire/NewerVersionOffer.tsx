// Offered on an unfinished response when a newer version of its questionnaire ships: finish on this
// version, or carry the answers to the newer one. Finished responses always keep their version.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Response } from '../../domain/response';
import { carryToNewest, stayOnVersion } from '../../state/commands/carry-response';
import { newestVersion } from '../../state/queries/newer-version';

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
    const done = await carryToNewest(response);
    setBusy(false);
    if (done === 'carried') onCarried();
    else if (done === 'refused') setRefused(true);
  };

  return (
    <section className="notice stack-small" aria-labelledby="newer-version-heading">
      <h2 id="newer-version-heading">{t('upgrade.offerTitle', { version: newest })}</h2>
      <p>{t('upgrade.offerText', { current, version: newest })}</p>
      <p className="inline-form">
        <button type="button" className="primary" disabled={busy} onClick={() => void carry()}>
          {t('upgrade.carry', { version: newest })}
        </button>{' '}
        <button type="button" disabled={busy} onClick={() => void stayOnVersion(response, newest)}>
          {t('upgrade.stay', { current })}
        </button>
      </p>
      {refused && <p role="alert">{t('upgrade.refused')}</p>}
    </section>
  );
}
