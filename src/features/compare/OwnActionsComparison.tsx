// The organization's own actions across the two cycles compared: what was done, what was left
// unfinished (and whether the later cycle carried it over), and what the later cycle added.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OwnActionRecord } from '../../domain/own-action';
import type { Cycle } from '../../domain/cycle';
import type { OwnActionsCompared } from './compare-cycles';

interface Props {
  compared: OwnActionsCompared;
  earlier: Cycle;
  later: Cycle;
}

export function OwnActionsComparison({ compared, earlier, later }: Props) {
  const { t } = useTranslation(['compare', 'roadmap']);
  const id = useId();
  const names = { earlier: earlier.name, later: later.name };
  const { settled, unfinished, added } = compared;
  if (settled.length + unfinished.length + added.length === 0) return null;
  const status = (action: OwnActionRecord) => t(`roadmap:status.${action.status ?? 'proposed'}`);
  return (
    <section className="card stack-small" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('ownActions.heading')}</h3>
      {settled.length > 0 && (
        <>
          <h4>{t('ownActions.settled', names)}</h4>
          <ul>
            {settled.map((action) => (
              <li key={action.id}>
                {action.title} ({status(action)})
              </li>
            ))}
          </ul>
        </>
      )}
      {unfinished.length > 0 && (
        <>
          <h4>{t('ownActions.unfinished', names)}</h4>
          <ul>
            {unfinished.map(({ action, carried }) => (
              <li key={action.id}>
                {action.title} ({status(action)}):{' '}
                {carried ? t('ownActions.carried', names) : t('ownActions.notCarried', names)}
              </li>
            ))}
          </ul>
        </>
      )}
      {added.length > 0 && (
        <>
          <h4>{t('ownActions.added', names)}</h4>
          <ul>
            {added.map((action) => (
              <li key={action.id}>{action.title}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
