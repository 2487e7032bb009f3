// One action of the cycle roadmap: what to do and why (reasons from each questionnaire it comes
// from), why it sits in its horizon when that is not the questionnaires' doing (leadership placed it,
// or Now was full), what it costs and who pays, what it waits for, the details on demand and
// leadership's follow-up.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CycleAction } from '../../engine/cycle-action';
import { localize } from '../../lib/typography';
import { ActionCost } from './ActionCost';
import { ActionEditor } from './ActionEditor';
import { actionRecommendation, actionTitle, reasonsByQuestionnaire } from './action-text';
import { FundingLine } from './FundingLine';
import { OwnActionText } from './OwnActionText';
import type { RoadmapContext } from './roadmap-context';
import { RoadmapItemDetails } from './RoadmapItemDetails';

export function CycleActionCard({
  action,
  context,
}: {
  action: CycleAction;
  context: RoadmapContext;
}) {
  const { t } = useTranslation(['roadmap', 'common']);
  const id = useId();
  const { questionnaires, format, language } = context;
  const title = actionTitle(action, questionnaires, format);
  const groups = reasonsByQuestionnaire(action, questionnaires, format);
  const recommendation = actionRecommendation(action, questionnaires);
  const waitsFor = action.dependsOn.flatMap((key) => {
    const found = context.actionsByKey.get(key);
    return found === undefined ? [] : [actionTitle(found, questionnaires, format)];
  });
  const horizonName = t(`common:horizon.${action.horizon}`);
  const { status } = action;
  const stored = action.kind === 'own' ? context.ownActions.get(action.action.id) : undefined;
  const carriedFrom = stored?.carriedFrom;

  return (
    <li className={`card roadmap-item${status === null ? '' : ` status-${status}`}`}>
      <article className="stack-small" aria-labelledby={`${id}-title`}>
        <h3 id={`${id}-title`} className="item-title">
          {title}
        </h3>
        <p className="item-meta">
          {action.kind === 'own' ? (
            <span className="badge badge-own">{t('item.own')}</span>
          ) : (
            groups.map(({ questionnaire }) => (
              <span key={questionnaire.definition.id} className="muted">
                {localize(questionnaire.definition.title, language)}
              </span>
            ))
          )}
          {action.kind === 'proposed' && action.critical && (
            <span className="badge badge-critical">{t('item.critical')}</span>
          )}
          {status !== null && <span className="badge badge-status">{t(`status.${status}`)}</span>}
        </p>
        {action.horizonRule === 'capacity' && (
          <p className="item-placement">
            {t('item.capacity', { count: action.capacityLimit ?? 0 })}
          </p>
        )}
        {action.kind === 'proposed' && action.placedByLeadership && (
          <p
            className={
              action.essential && action.horizon !== 'now' ? 'item-warning' : 'item-placement'
            }
          >
            {action.essential && action.horizon !== 'now'
              ? t('item.essentialMoved', { horizon: horizonName })
              : t('item.placed', { horizon: horizonName })}
          </p>
        )}
        {carriedFrom !== undefined && (
          <p className="muted">
            {t('item.carriedFrom', { cycle: context.cycleNames.get(carriedFrom.cycleId) ?? '' })}
          </p>
        )}
        {action.kind === 'proposed' && (
          <p className="item-effort">
            {t('item.effortImpact', {
              effort: t(`common:effort.${action.effort}`),
              impact: t(`common:impact.${action.impact}`),
            })}
          </p>
        )}
        {action.kind === 'own' && action.action.description !== undefined && (
          <p className="item-description">{action.action.description}</p>
        )}
        {groups.length === 1 && (
          <ul className="item-reasons">
            {groups[0]?.reasons.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        )}
        {groups.length > 1 &&
          groups.map(({ questionnaire, reasons }) => (
            <div key={questionnaire.definition.id} className="item-reason-group">
              <p>
                {t('item.from', {
                  questionnaire: localize(questionnaire.definition.title, language),
                })}
              </p>
              <ul className="item-reasons">
                {reasons.map((sentence) => (
                  <li key={sentence}>{sentence}</li>
                ))}
              </ul>
            </div>
          ))}
        <RoadmapItemDetails recommendation={recommendation}>
          <ActionCost action={action} context={context} />
          <FundingLine funding={action.funding} />
          {waitsFor.length > 0 && (
            <p className="item-after">{t('item.after', { titles: waitsFor })}</p>
          )}
        </RoadmapItemDetails>
        {stored !== undefined && !context.readOnly && (
          <OwnActionText cycleId={context.cycleId} action={stored} titleId={`${id}-title`} />
        )}
        <ActionEditor action={action} context={context} titleId={`${id}-title`} />
      </article>
    </li>
  );
}
