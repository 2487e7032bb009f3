// One roadmap item: what to do and why ("because…"), its questionnaire, effort and impact in words,
// what it waits for, the details on demand and leadership's follow-up.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../lib/typography';
import { itemTitle, reasonSentences } from '../../presentation/reasons';
import { RoadmapItemDetails } from './RoadmapItemDetails';
import { RoadmapItemEditor } from './RoadmapItemEditor';
import type { RoadmapEntry } from './roadmap-entries';
import { useContentFormat } from '../../components/use-content-format';
import { currentLanguage } from '../../lib/i18n';

interface Props {
  cycleId: string;
  entry: RoadmapEntry;
  /** Items this one waits for. */
  dependencies: readonly RoadmapEntry[];
  readOnly: boolean;
}

export function RoadmapItemCard({ cycleId, entry, dependencies, readOnly }: Props) {
  const { t, i18n } = useTranslation(['roadmap', 'common']);
  const language = currentLanguage(i18n);
  const format = useContentFormat();
  const id = useId();
  const { questionnaire, item, edit } = entry;
  const recommendation =
    item.kind === 'recommendation'
      ? questionnaire.recommendationById.get(item.recommendationId)
      : undefined;
  const status = edit?.status;

  return (
    <li className={`card roadmap-item${status === undefined ? '' : ` status-${status}`}`}>
      <article className="stack-small" aria-labelledby={`${id}-title`}>
        <h3 id={`${id}-title`} className="item-title">
          {itemTitle(questionnaire, item, format)}
        </h3>
        <p className="item-meta">
          <span className="muted">{localize(questionnaire.definition.title, language)}</span>
          {item.critical && <span className="badge badge-critical">{t('item.critical')}</span>}
          {status !== undefined && (
            <span className="badge badge-status">{t(`status.${status}`)}</span>
          )}
        </p>
        <p className="item-effort">
          {t('item.effortImpact', {
            effort: t(`common:effort.${item.effort}`),
            impact: t(`common:impact.${item.impact}`),
          })}
        </p>
        <ul className="item-reasons">
          {reasonSentences(questionnaire, item, format).map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
        {dependencies.length > 0 && (
          <p className="item-after">
            {t('item.after', {
              titles: dependencies.map((d) => itemTitle(d.questionnaire, d.item, format)),
            })}
          </p>
        )}
        {recommendation !== undefined && <RoadmapItemDetails recommendation={recommendation} />}
        <RoadmapItemEditor
          cycleId={cycleId}
          editKey={entry.editKey}
          edit={edit}
          titleId={`${id}-title`}
          readOnly={readOnly}
        />
      </article>
    </li>
  );
}
