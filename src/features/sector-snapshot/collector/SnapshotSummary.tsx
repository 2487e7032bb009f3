// A printable summary of a year: per questionnaire version, every measure for all agencies, then the
// overall score of each group that can be shown. Only published cells, as in the benchmark file.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../components/Link';
import { Loading } from '../../../components/NotFound';
import type { PreparedQuestionnaire } from '../../../engine/prepare';
import {
  indexBenchmark,
  peerAttributes,
  pickView,
  type Benchmark,
  type BenchmarkQuestionnaire,
  type PeerAttribute,
} from '../../../engine/sector-snapshot';
import { refreshSnapshot, useSnapshotStore } from '../../../state/sector/snapshot-store';
import { useFigureFormat } from '../format-figure';
import { useQuestionnaireTitles } from '../refusal-message';
import { sectorRoute } from '../sector-routes';
import { useValueName } from '../use-view-label';
import { FiguresTable } from './FiguresTable';
import { measureRows } from './measure-rows';
import { currentLanguage } from '../../../lib/i18n';

export function SnapshotSummary({ year }: { year: number }) {
  const { t } = useTranslation(['sector', 'common']);
  const summary = useSnapshotStore((state) => state.summary);
  useEffect(() => {
    if (useSnapshotStore.getState().summary.data === null) void refreshSnapshot();
  }, []);
  const { data } = summary;
  if (data === null)
    return summary.status === 'failed' ? <p role="alert">{summary.detail}</p> : <Loading />;
  const benchmark = data.benchmarks.find((b) => b.year === year);
  const count = data.years.find((y) => y.year === year)?.count ?? 0;
  return (
    <article className="sector-summary stack">
      <p className="sector-no-print">
        <Link to={sectorRoute}>{t('summary.back')}</Link>
      </p>
      <h1>{t('summary.title', { year })}</h1>
      {benchmark === undefined ? (
        <p>{t('summary.unknownYear', { year })}</p>
      ) : (
        <>
          <p>{t('summary.made', { date: t('common:date', { value: new Date() }), count })}</p>
          <p className="sector-no-print">
            <button type="button" onClick={() => window.print()}>
              {t('summary.print')}
            </button>
          </p>
          {benchmark.questionnaires.length === 0 && <p>{t('figures.nothing', { year })}</p>}
          {benchmark.questionnaires.map((entry) => (
            <QuestionnaireSummary
              key={`${entry.id}@${entry.version}`}
              benchmark={benchmark}
              entry={entry}
              definitions={data.definitions}
            />
          ))}
        </>
      )}
    </article>
  );
}

function QuestionnaireSummary({
  benchmark,
  entry,
  definitions,
}: {
  benchmark: Benchmark;
  entry: BenchmarkQuestionnaire;
  definitions: readonly PreparedQuestionnaire[];
}) {
  const { t, i18n } = useTranslation('sector');
  const titles = useQuestionnaireTitles(definitions);
  const definition = definitions.find(
    (q) => q.definition.id === entry.id && q.definition.version === entry.version,
  );
  const index = indexBenchmark(benchmark);
  const title = t('figures.questionnaireVersion', {
    title: titles(entry.id),
    version: entry.version,
  });
  const rows = measureRows(
    pickView(index, entry.id, entry.version, 'all'),
    definition,
    currentLanguage(i18n),
    t('figures.overall'),
  );
  return (
    <section className="stack-small">
      <h2>{title}</h2>
      <FiguresTable
        rows={rows}
        caption={t('figures.table.caption', {
          questionnaire: title,
          view: t('figures.view.all'),
          year: benchmark.year,
        })}
      />
      {peerAttributes.map((attribute) => (
        <GroupSummary key={attribute} entry={entry} attribute={attribute} />
      ))}
    </section>
  );
}

/** The overall score of every published value of one attribute. */
function GroupSummary({
  entry,
  attribute,
}: {
  entry: BenchmarkQuestionnaire;
  attribute: PeerAttribute;
}) {
  const { t } = useTranslation('sector');
  const valueName = useValueName();
  const figure = useFigureFormat();
  const overall = entry.measures.find((m) => m.dimension === null);
  const cells = (overall?.cells ?? []).flatMap((cell) =>
    cell.view !== 'all' && cell.view.attribute === attribute ? [{ ...cell, view: cell.view }] : [],
  );
  const heading = t('summary.byGroup', { group: t(`summary.group.${attribute}`) });
  return (
    <>
      <h3>{heading}</h3>
      {cells.length === 0 ? (
        <p>{t('summary.noGroups')}</p>
      ) : (
        <table className="sector-figures">
          <caption className="visually-hidden">{heading}</caption>
          <thead>
            <tr>
              <th scope="col">{t(`figures.value.${attribute}`)}</th>
              <th scope="col">{t('figures.table.n')}</th>
              <th scope="col">{t('figures.table.q1')}</th>
              <th scope="col">{t('figures.table.median')}</th>
              <th scope="col">{t('figures.table.q3')}</th>
            </tr>
          </thead>
          <tbody>
            {cells.map((cell) => (
              <tr key={cell.view.value}>
                <th scope="row">{valueName(attribute, cell.view.value)}</th>
                <td>{cell.n}</td>
                <td>{figure(cell.q1)}</td>
                <td>{figure(cell.median)}</td>
                <td>{figure(cell.q3)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
