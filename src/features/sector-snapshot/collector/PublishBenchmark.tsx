// Publishing a year: the benchmark file agencies import, the same figures as CSV, and a printable
// summary. All three hold only the cells the suppression rule publishes.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../components/Link';
import type { Benchmark } from '../../../engine/sector-snapshot';
import { downloadBenchmarkCsv, downloadBenchmarkFile } from '../../../state/sector/publish';
import { summaryRoute } from '../sector-routes';

export function PublishBenchmark({ benchmark }: { benchmark: Benchmark }) {
  const { t } = useTranslation('sector');
  const id = useId();
  const [saved, setSaved] = useState<string | null>(null);
  const { year } = benchmark;
  return (
    <section className="card stack-small" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('publish.title')}</h2>
      <p>{t('publish.hint')}</p>
      <div className="sector-actions">
        <button
          type="button"
          className="primary"
          onClick={() => setSaved(downloadBenchmarkFile(benchmark))}
        >
          {t('publish.benchmark', { year })}
        </button>
        <button type="button" onClick={() => setSaved(downloadBenchmarkCsv(benchmark))}>
          {t('publish.csv', { year })}
        </button>
        <Link className="button" to={summaryRoute(year)}>
          {t('publish.summary', { year })}
        </Link>
      </div>
      <p role="status">{saved === null ? '' : t('publish.saved', { file: saved })}</p>
    </section>
  );
}
