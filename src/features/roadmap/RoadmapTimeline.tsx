// The next eight quarters and the actions due in each by target date, with their status; then what
// is overdue, due later or done earlier. The same content is offered as a table. Both are plain
// lists, headings and a table, so they read in order with a screen reader and need no pointer. The
// actions with no target date are counted, and listed on demand.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll';
import type { CycleAction } from '../../engine/cycle-action';
import { timeline, type Quarter } from '../../engine/timeline';
import { calendarDate } from '../../presentation/format';
import { actionTitle } from './action-text';
import type { RoadmapContext } from './roadmap-context';

interface Props {
  /** The actions shown (the roadmap's filter applies), in roadmap order. */
  actions: readonly CycleAction[];
  /** "YYYY-MM-DD": the first quarter is today's. */
  today: string;
  context: RoadmapContext;
}

interface Group {
  key: string;
  name: string;
  dates?: string;
  actions: CycleAction[];
  /** Shown even when empty (the eight quarters always are). */
  always: boolean;
}

export function RoadmapTimeline({ actions, today, context }: Props) {
  const { t } = useTranslation(['roadmap', 'common']);
  const id = useId();
  const [view, setView] = useState<'quarters' | 'table'>('quarters');
  const [showUndated, setShowUndated] = useState(false);
  const { questionnaires, format } = context;
  const line = timeline(actions, today);
  const date = (value: string) => t('common:date', { value: calendarDate(value) });
  const quarterName = (q: Quarter) => t('timeline.quarter', { year: q.year, quarter: q.quarter });
  const groups: Group[] = [
    { key: 'overdue', name: t('timeline.overdue'), actions: line.overdue, always: false },
    ...line.quarters.map((q) => ({
      key: q.start,
      name: quarterName(q),
      dates: t('timeline.quarterDates', { start: date(q.start), end: date(q.end) }),
      actions: q.actions,
      always: true,
    })),
    { key: 'later', name: t('timeline.later'), actions: line.later, always: false },
    { key: 'earlier', name: t('timeline.earlier'), actions: line.earlier, always: false },
  ].filter((group) => group.always || group.actions.length > 0);
  const title = (action: CycleAction) => actionTitle(action, questionnaires, format);
  const status = (action: CycleAction) => t(`status.${action.status ?? 'proposed'}`);

  return (
    <section className="roadmap-timeline stack-small" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('timeline.heading')}</h2>
      <p>{t('timeline.intro')}</p>
      <fieldset className="view-switch">
        <legend>{t('timeline.view')}</legend>
        {(['quarters', 'table'] as const).map((choice) => (
          <label key={choice} className="choice">
            <input
              type="radio"
              name={`${id}-view`}
              value={choice}
              checked={view === choice}
              onChange={() => {
                setView(choice);
              }}
            />
            <span>{choice === 'quarters' ? t('timeline.asQuarters') : t('timeline.asTable')}</span>
          </label>
        ))}
      </fieldset>

      {view === 'quarters' ? (
        <ol className="timeline-quarters">
          {groups.map((group) => (
            <li key={group.key} className={`timeline-group timeline-${group.key}`}>
              <h3 id={`${id}-${group.key}`}>{group.name}</h3>
              {group.dates !== undefined && <p className="muted">{group.dates}</p>}
              {group.actions.length === 0 ? (
                <p className="muted">{t('timeline.nothingDue')}</p>
              ) : (
                <ul aria-labelledby={`${id}-${group.key}`}>
                  {group.actions.map((action) => (
                    <li
                      key={action.key}
                      className={`timeline-action status-${action.status ?? 'proposed'}`}
                    >
                      <span className="timeline-title">{title(action)}</span>{' '}
                      {action.targetDate !== null && (
                        <span className="muted">
                          {t('timeline.due', { date: date(action.targetDate) })}
                        </span>
                      )}{' '}
                      <span className="badge badge-status">{status(action)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      ) : (
        <TableScroll captionId={`${id}-caption`}>
          <table>
            <caption id={`${id}-caption`}>{t('timeline.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('timeline.when')}</th>
                <th scope="col">{t('timeline.targetDate')}</th>
                <th scope="col">{t('timeline.action')}</th>
                <th scope="col">{t('timeline.status')}</th>
                <th scope="col">{t('timeline.horizon')}</th>
              </tr>
            </thead>
            <tbody>
              {groups.flatMap((group) =>
                group.actions.map((action) => (
                  <tr key={action.key}>
                    <td>{group.name}</td>
                    <td>{action.targetDate === null ? '' : date(action.targetDate)}</td>
                    <th scope="row">{title(action)}</th>
                    <td>{status(action)}</td>
                    <td>{t(`common:horizon.${action.horizon}`)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </TableScroll>
      )}
      {line.noTargetDate.length > 0 && (
        <div className="timeline-undated">
          <button
            type="button"
            className="disclosure"
            aria-expanded={showUndated}
            aria-controls={`${id}-undated`}
            onClick={() => {
              setShowUndated(!showUndated);
            }}
          >
            {t('timeline.undated', { count: line.noTargetDate.length })}
          </button>
          {showUndated && (
            <ul id={`${id}-undated`}>
              {line.noTargetDate.map((action) => (
                <li key={action.key}>
                  {title(action)} <span className="badge badge-status">{status(action)}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
