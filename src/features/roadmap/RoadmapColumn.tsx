// One horizon of the roadmap (Now, Next or Later): its heading and hint, how many items it holds, and
// the items in priority order.
import { useTranslation } from 'react-i18next';
import type { Horizon } from '../../engine/schema';
import { RoadmapItemCard } from './RoadmapItemCard';
import { dependencyEntries, type RoadmapEntry } from './roadmap-entries';

interface Props {
  cycleId: string;
  horizon: Horizon;
  /** Every item of the horizon, before the filter. */
  entries: readonly RoadmapEntry[];
  /** The items shown. */
  shown: readonly RoadmapEntry[];
  /** Every item of the roadmap, to name dependencies in other horizons. */
  all: readonly RoadmapEntry[];
  readOnly: boolean;
}

export function RoadmapColumn({ cycleId, horizon, entries, shown, all, readOnly }: Props) {
  const { t } = useTranslation(['roadmap', 'common']);
  const headingId = `horizon-${horizon}`;
  const hidden = entries.length - shown.length;
  return (
    <section className={`roadmap-column horizon-${horizon}`} aria-labelledby={headingId}>
      <header className="column-header">
        <h2 id={headingId}>{t(`common:horizon.${horizon}`)}</h2>
        <p className="column-hint">{t(`common:horizon.${horizon}Hint`)}</p>
        <p className="column-count">
          {hidden > 0
            ? t('column.countFiltered', { count: entries.length, shown: shown.length })
            : t('column.count', { count: entries.length })}
        </p>
      </header>
      {shown.length === 0 ? (
        <p className="muted">{entries.length === 0 ? t('column.empty') : t('column.allSettled')}</p>
      ) : (
        <ol className="roadmap-items">
          {shown.map((entry) => (
            <RoadmapItemCard
              key={entry.editKey}
              cycleId={cycleId}
              entry={entry}
              dependencies={dependencyEntries(entry, all)}
              readOnly={readOnly}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
