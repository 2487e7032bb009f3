// Decisions carried over from an earlier cycle whose action this cycle's answers do not propose (not
// answered yet, or no longer needed): listed so nothing carried over goes unseen, each with the choice
// to keep it as an own action or to drop it.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoadmapEdit } from '../../domain/roadmap-edit';
import { dropCarried, keepCarriedAsOwn } from '../../state/commands/action-decisions';
import type { RoadmapContext } from './roadmap-context';

export function CarriedWaiting({
  edits,
  context,
}: {
  edits: readonly RoadmapEdit[];
  context: RoadmapContext;
}) {
  const { t } = useTranslation(['roadmap', 'common']);
  const id = useId();
  const { cycleId, readOnly, format } = context;
  return (
    <section className="stack-small" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('carried.heading')}</h2>
      <p>{t('carried.intro')}</p>
      <ul className="card-list">
        {edits.map((edit) => {
          const carried = edit.carriedFrom;
          if (carried === undefined) return null;
          const named = format.text(carried.title);
          const title = edit.itemKey.includes('/find-out:')
            ? t('carried.findOut', { title: named })
            : named;
          const titleId = `${id}-${edit.itemKey}`;
          return (
            <li key={edit.itemKey} className="card stack-small">
              <h3 id={titleId} className="item-title">
                {title}
              </h3>
              <p className="muted">
                {t('carried.from', { cycle: context.cycleNames.get(carried.cycleId) ?? '' })}
                {edit.status !== undefined && <> · {t(`status.${edit.status}`)}</>}
                {edit.owner !== undefined && <> · {edit.owner}</>}
              </p>
              {!readOnly && (
                <div className="button-row">
                  <button
                    type="button"
                    aria-describedby={titleId}
                    onClick={() => void keepCarriedAsOwn(cycleId, edit.itemKey, title)}
                  >
                    {t('carried.keep')}
                  </button>
                  <button
                    type="button"
                    aria-describedby={titleId}
                    onClick={() => void dropCarried(cycleId, edit.itemKey)}
                  >
                    {t('carried.drop')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
