// One questionnaire compared between two cycles: the change of each dimension and overall, the
// roadmap's new and resolved items, what was marked done last time, and what could not be compared.
import { cycleLabel } from '../../domain/cycle-period';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/Link';
import { useContentFormat } from '../../components/use-content-format';
import type { PreparedQuestionnaire } from '../../engine/prepare';
import type { RoadmapItem } from '../../engine/result';
import { localize } from '../../lib/typography';
import type { Formatter } from '../../presentation/format';
import { itemTitle } from '../../presentation/reasons';
import type { Cycle } from '../../domain/cycle';
import { ChangeText } from './ChangeText';
import { shownChange, type DoneItem, type QuestionnaireComparison } from './compare-cycles';
import { TableScroll } from '../../components/TableScroll';
import { currentLanguage } from '../../lib/i18n';

interface Props {
  entry: QuestionnaireComparison;
  earlier: Cycle;
  later: Cycle;
}

/** The title of a roadmap item, also when only its key is left (its answers changed since). */
function titleOf(
  questionnaire: PreparedQuestionnaire,
  key: string,
  item: RoadmapItem | undefined,
  format: Formatter,
): string {
  if (item !== undefined) return itemTitle(questionnaire, item, format);
  const [kind, ...rest] = key.split(':');
  const id = rest.join(':');
  if (kind === 'rec') {
    const recommendation = questionnaire.recommendationById.get(id);
    if (recommendation !== undefined) return format.text(recommendation.title);
  }
  if (kind === 'find-out') {
    const question = questionnaire.questionById.get(id);
    if (question !== undefined) {
      return question.findOut === undefined
        ? format.t('report:reason.findOutTitle', { prompt: format.text(question.prompt) })
        : format.text(question.findOut);
    }
  }
  return key;
}

export function QuestionnaireComparisonView({ entry, earlier, later }: Props) {
  const { t, i18n } = useTranslation(['compare', 'common']);
  const language = currentLanguage(i18n);
  const id = useId();
  const title = localize(entry.questionnaire.definition.title, language);
  const names = { earlier: earlier.name, later: later.name };

  return (
    <section className="card stack compare-questionnaire" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {entry.kind === 'only-in' && (
        <p>
          {t('onlyIn', {
            cycle: entry.side === 'earlier' ? earlier.name : later.name,
            other: entry.side === 'earlier' ? later.name : earlier.name,
          })}
        </p>
      )}
      {entry.kind === 'not-answered' && (
        <p>
          {entry.unanswered.length === 2
            ? t('notAnswered.both')
            : t('notAnswered.one', {
                cycle: entry.unanswered[0] === 'earlier' ? earlier.name : later.name,
              })}
        </p>
      )}
      {entry.kind === 'compared' && <Compared entry={entry} earlier={earlier} later={later} />}
      {(entry.kind === 'compared' || entry.done.length > 0) && (
        <DoneItems items={entry.done} names={names} headingId={`${id}-done`} />
      )}
      {entry.kind === 'compared' && (
        <div className="compare-links">
          <ul>
            {[earlier, later].map((cycle) => (
              <li key={cycle.id}>
                <Link
                  to={{
                    name: 'results',
                    cycleId: cycle.id,
                    questionnaireId: entry.questionnaireId,
                  }}
                >
                  {t('seeResults', { questionnaire: title, cycle: cycleLabel(cycle) })}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function Compared({
  entry,
  earlier,
  later,
}: Props & { entry: Extract<QuestionnaireComparison, { kind: 'compared' }> }) {
  const { t, i18n } = useTranslation(['compare', 'common']);
  const language = currentLanguage(i18n);
  const format = useContentFormat();
  const id = useId();
  const { comparison, questionnaire } = entry;
  const title = localize(questionnaire.definition.title, language);
  const overall = shownChange(comparison.overall);
  // A score that stands on too few answers for a level says so, in either cycle.
  const score = (value: number | null, provisional = false) =>
    value === null
      ? t('noScore')
      : provisional
        ? t('common:provisional.score', { score: String(value) })
        : String(value);
  const provisionalIn = (side: typeof entry.earlier, dimensionId: string) =>
    side.result.dimensions.find((d) => d.dimensionId === dimensionId)?.provisional ?? false;
  const names = { earlier: earlier.name, later: later.name };
  const before = entry.earlier;
  const after = entry.later;
  const newItems = comparison.newItems.flatMap((key) => {
    const item = after.result.roadmap.find((candidate) => candidate.key === key);
    return item === undefined ? [] : [{ key, title: itemTitle(after.questionnaire, item, format) }];
  });
  const resolved = comparison.resolvedItems.flatMap((key) => {
    const item = before.result.roadmap.find((candidate) => candidate.key === key);
    return item === undefined
      ? []
      : [{ key, title: itemTitle(before.questionnaire, item, format) }];
  });
  const { notCompared } = comparison;
  const prompt = (q: PreparedQuestionnaire, questionId: string) => {
    const question = q.questionById.get(questionId);
    return question === undefined ? questionId : localize(question.prompt, language);
  };
  const dimensionTitle = (dimensionId: string) => {
    const dimension = questionnaire.dimensionById.get(dimensionId);
    return dimension === undefined ? dimensionId : localize(dimension.title, language);
  };
  const showNotCompared =
    !comparison.sameVersion &&
    notCompared.newQuestions.length +
      notCompared.droppedQuestions.length +
      notCompared.dimensions.length >
      0;

  return (
    <>
      <ul className="compare-respondents muted">
        <li>{t('respondents', { cycle: earlier.name, count: before.respondents })}</li>
        <li>{t('respondents', { cycle: later.name, count: after.respondents })}</li>
      </ul>
      {!comparison.sameVersion && (
        <p className="notice">
          {t('versions', {
            before: before.questionnaire.definition.version,
            after: after.questionnaire.definition.version,
            ...names,
          })}
        </p>
      )}
      <TableScroll captionId={`${id}-caption`}>
        <table className="compare-table">
          <caption id={`${id}-caption`}>{t('table.caption', { questionnaire: title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.dimension')}</th>
              <th scope="col">{cycleLabel(earlier)}</th>
              <th scope="col">{cycleLabel(later)}</th>
              <th scope="col">{t('table.change')}</th>
            </tr>
          </thead>
          <tbody>
            <tr className="compare-overall">
              <th scope="row">{t('table.overall')}</th>
              <td className="number" data-label={earlier.name}>
                {score(overall.before, before.result.overall.provisional)}
              </td>
              <td className="number" data-label={later.name}>
                {score(overall.after, after.result.overall.provisional)}
              </td>
              <td data-label={t('table.change')}>
                <ChangeText change={overall} />
              </td>
            </tr>
            {comparison.dimensions.map((dimension) => {
              const change = shownChange(dimension);
              return (
                <tr key={dimension.dimensionId}>
                  <th scope="row">{dimensionTitle(dimension.dimensionId)}</th>
                  <td className="number" data-label={earlier.name}>
                    {score(change.before, provisionalIn(before, dimension.dimensionId))}
                  </td>
                  <td className="number" data-label={later.name}>
                    {score(change.after, provisionalIn(after, dimension.dimensionId))}
                  </td>
                  <td data-label={t('table.change')}>
                    <ChangeText change={change} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>

      <ItemList
        heading={t('newItems.heading')}
        intro={t('newItems.intro', names)}
        none={t('newItems.none')}
        items={newItems}
      />
      <ItemList
        heading={t('resolvedItems.heading')}
        intro={t('resolvedItems.intro', names)}
        none={t('resolvedItems.none')}
        items={resolved}
      />

      {showNotCompared && (
        <section className="stack-small" aria-labelledby={`${id}-not-compared`}>
          <h4 id={`${id}-not-compared`}>{t('notCompared.heading')}</h4>
          <p>{t('notCompared.intro')}</p>
          {notCompared.newQuestions.length > 0 && (
            <>
              <h5>
                {t('notCompared.newQuestions', {
                  version: after.questionnaire.definition.version,
                })}
              </h5>
              <ul>
                {notCompared.newQuestions.map((questionId) => (
                  <li key={questionId}>{prompt(after.questionnaire, questionId)}</li>
                ))}
              </ul>
            </>
          )}
          {notCompared.droppedQuestions.length > 0 && (
            <>
              <h5>
                {t('notCompared.droppedQuestions', {
                  version: before.questionnaire.definition.version,
                })}
              </h5>
              <ul>
                {notCompared.droppedQuestions.map((questionId) => (
                  <li key={questionId}>{prompt(before.questionnaire, questionId)}</li>
                ))}
              </ul>
            </>
          )}
          {notCompared.dimensions.length > 0 && (
            <>
              <h5>{t('notCompared.dimensions')}</h5>
              <ul>
                {notCompared.dimensions.map((dimensionId) => (
                  <li key={dimensionId}>{dimensionTitle(dimensionId)}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </>
  );
}

function ItemList({
  heading,
  intro,
  none,
  items,
}: {
  heading: string;
  intro: string;
  none: string;
  items: readonly { key: string; title: string }[];
}) {
  const id = useId();
  return (
    <section className="stack-small" aria-labelledby={id}>
      <h4 id={id}>{heading}</h4>
      {items.length === 0 ? (
        <p className="muted">{none}</p>
      ) : (
        <>
          <p className="muted">{intro}</p>
          <ul className="compare-items">
            {items.map((item) => (
              <li key={item.key}>{item.title}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function DoneItems({
  items,
  names,
  headingId,
}: {
  items: readonly DoneItem[];
  names: { earlier: string; later: string };
  headingId: string;
}) {
  const { t } = useTranslation('compare');
  const format = useContentFormat();
  return (
    <section className="stack-small" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('doneItems.heading', names)}</h4>
      {items.length === 0 ? (
        <p className="muted">{t('doneItems.none', names)}</p>
      ) : (
        <ul className="compare-items">
          {items.map((done) => (
            <li key={done.key}>
              <span className="item-title">
                {titleOf(done.questionnaire, done.key, done.item, format)}
              </span>{' '}
              <span className="muted">
                {done.again === null
                  ? t('doneItems.notAnswered', names)
                  : done.again
                    ? t('doneItems.again', names)
                    : t('doneItems.gone', names)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
