// The figures of the stored contributions: filters, then for the picked questionnaire version and
// group a box chart, the table of quartiles and the histogram, and the level counts. Each year's
// benchmark is computed once (by the worker); a filter change only picks cells from it.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreparedQuestionnaire } from '../../../engine/prepare';
import { indexBenchmark, pickView, type Benchmark } from '../../../engine/sector-snapshot';
import { useQuestionnaireTitles } from '../refusal-message';
import { useViewLabel } from '../use-view-label';
import { BoxChart } from './BoxChart';
import { FiguresTable } from './FiguresTable';
import { LevelsTable } from './LevelsTable';
import { measureRows } from './measure-rows';
import { selectedEntry, settleSelection, viewOf, type Selection } from './snapshot-selection';
import { SnapshotFilters } from './SnapshotFilters';
import { currentLanguage } from '../../../lib/i18n';

interface Props {
  benchmarks: readonly Benchmark[];
  definitions: readonly PreparedQuestionnaire[];
  onSelect?: (selection: Selection) => void;
}

export function SnapshotFigures({ benchmarks, definitions, onSelect }: Props) {
  const { t, i18n } = useTranslation('sector');
  const id = useId();
  const titles = useQuestionnaireTitles(definitions);
  const viewLabel = useViewLabel();
  const [wanted, setWanted] = useState<Partial<Selection>>({});
  const selection = settleSelection(benchmarks, wanted);
  const benchmark = benchmarks.find((b) => b.year === selection?.year);
  const index = useMemo(
    () => (benchmark === undefined ? undefined : indexBenchmark(benchmark)),
    [benchmark],
  );

  if (selection === null || benchmark === undefined || index === undefined)
    return (
      <section className="card stack-small" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>{t('figures.title')}</h2>
        <p>{t('figures.noYears')}</p>
      </section>
    );

  const change = (next: Partial<Selection>) => {
    const settled = settleSelection(benchmarks, { ...selection, ...next });
    setWanted({ ...selection, ...next });
    if (settled !== null) onSelect?.(settled);
  };
  const entry = selectedEntry(benchmark, selection);
  const view = viewOf(selection);
  const definition = definitions.find(
    (q) => q.definition.id === entry?.id && q.definition.version === entry.version,
  );
  const rows =
    entry === undefined
      ? []
      : measureRows(
          pickView(index, entry.id, entry.version, view),
          definition,
          currentLanguage(i18n),
          t('figures.overall'),
        );
  const context = {
    questionnaire: entry === undefined ? '' : titles(entry.id),
    view: viewLabel(view),
    year: selection.year,
  };

  return (
    <section className="card stack" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('figures.title')}</h2>
      <SnapshotFilters
        benchmarks={benchmarks}
        selection={selection}
        titles={titles}
        onChange={change}
      />
      {entry === undefined ? (
        <p>{t('figures.nothing', { year: selection.year })}</p>
      ) : (
        <div className="stack">
          <h3>{t('figures.heading', context)}</h3>
          {rows.every((row) => row.cell === null) ? (
            <p>{t('figures.viewSuppressed')}</p>
          ) : (
            <>
              <BoxChart rows={rows} label={t('figures.chartLabel', context)} />
              <FiguresTable rows={rows} caption={t('figures.table.caption', context)} />
              <details className="table-details">
                <summary>{t('figures.showLevels')}</summary>
                <LevelsTable
                  rows={rows}
                  levels={entry.levels}
                  definition={definition}
                  caption={t('figures.levelsCaption', context)}
                />
              </details>
            </>
          )}
        </div>
      )}
    </section>
  );
}
