// The collector's screen: import contributions, see what is stored, the figures under the suppression
// rule, and publish a year's benchmark.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refreshSnapshot, useSnapshotStore } from '../../../state/sector/snapshot-store';
import { ImportContributions } from './ImportContributions';
import { PublishBenchmark } from './PublishBenchmark';
import { SnapshotFigures } from './SnapshotFigures';
import { StoredContributions } from './StoredContributions';

export function SectorScreen() {
  const { t } = useTranslation('sector');
  const summary = useSnapshotStore((state) => state.summary);
  const [year, setYear] = useState<number | undefined>(undefined);
  useEffect(() => {
    void refreshSnapshot();
  }, []);
  const { data } = summary;
  const benchmarks = data?.benchmarks ?? [];
  const published =
    benchmarks.find((b) => b.year === year) ?? benchmarks[benchmarks.length - 1] ?? undefined;
  return (
    <section className="stack">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p className="notice">{t('selfReported')}</p>
      <p>{t('rule')}</p>
      <ImportContributions />
      <StoredContributions />
      {data !== null && (
        <SnapshotFigures
          benchmarks={data.benchmarks}
          definitions={data.definitions}
          onSelect={(selection) => setYear(selection.year)}
        />
      )}
      {published !== undefined && published.questionnaires.length > 0 && (
        <PublishBenchmark benchmark={published} />
      )}
    </section>
  );
}
