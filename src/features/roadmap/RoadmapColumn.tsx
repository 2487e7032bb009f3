// One horizon of the roadmap (Now, Next or Later): its heading and hint, Now's limit, how many actions
// it holds, and the actions in order of urgency.
import { useTranslation } from 'react-i18next';
import type { CycleAction } from '../../engine/cycle-action';
import type { Horizon } from '../../engine/schema';
import { CycleActionCard } from './CycleActionCard';
import type { RoadmapContext } from './roadmap-context';

interface Props {
  horizon: Horizon;
  /** Every action of the horizon, before the filter. */
  actions: readonly CycleAction[];
  /** The actions shown. */
  shown: readonly CycleAction[];
  context: RoadmapContext;
}

export function RoadmapColumn({ horizon, actions, shown, context }: Props) {
  const { t } = useTranslation(['roadmap', 'common']);
  const headingId = `horizon-${horizon}`;
  const hidden = actions.length - shown.length;
  const { capacity } = context.roadmap;
  return (
    <section className={`roadmap-column horizon-${horizon}`} aria-labelledby={headingId}>
      <header className="column-header">
        <h2 id={headingId}>{t(`common:horizon.${horizon}`)}</h2>
        <p className="column-hint">{t(`common:horizon.${horizon}Hint`)}</p>
        {horizon === 'now' && capacity !== null && (
          <p className="column-hint">{t('column.capacity', { limit: capacity.limit })}</p>
        )}
        <p className="column-count">
          {hidden > 0
            ? t('column.countFiltered', { count: actions.length, shown: shown.length })
            : t('column.count', { count: actions.length })}
        </p>
      </header>
      {shown.length === 0 ? (
        <p className="muted">{actions.length === 0 ? t('column.empty') : t('column.allSettled')}</p>
      ) : (
        <ol className="roadmap-items">
          {shown.map((action) => (
            <CycleActionCard key={action.key} action={action} context={context} />
          ))}
        </ol>
      )}
    </section>
  );
}
