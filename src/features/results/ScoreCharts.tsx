// Dimension scores drawn two ways (radar, bars with coverage), with the same numbers as a table.
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../lib/i18n';
import { dimensionChartRows } from './chart-data';
import type { DimensionSummary } from './dimension-summary';
import { DimensionBarChart } from './DimensionBarChart';
import { DimensionRadarChart } from './DimensionRadarChart';
import { DimensionTable } from './DimensionTable';
import { useMediaQuery } from './use-media-query';

/** A radar needs at least three spokes to draw a shape. */
const MIN_RADAR_DIMENSIONS = 3;
/** Narrower than this, the radar's labels cannot fit; the bars and the table carry the same figures. */
const RADAR_MEDIA = '(min-width: 36rem)';

interface Props {
  summaries: readonly DimensionSummary[];
  questionnaireTitle: string;
}

export function ScoreCharts({ summaries, questionnaireTitle }: Props) {
  const { t, i18n } = useTranslation('results');
  const rows = dimensionChartRows(summaries, currentLanguage(i18n), (name) =>
    t('charts.provisionalName', { name }),
  );
  const roomForRadar = useMediaQuery(RADAR_MEDIA);
  return (
    <section className="stack" aria-labelledby="charts-heading">
      <h2 id="charts-heading">{t('charts.heading')}</h2>
      <div className="chart-grid">
        {roomForRadar && rows.length >= MIN_RADAR_DIMENSIONS && (
          <DimensionRadarChart rows={rows} questionnaireTitle={questionnaireTitle} />
        )}
        <DimensionBarChart rows={rows} questionnaireTitle={questionnaireTitle} />
      </div>
      <details className="table-details">
        <summary>{t('charts.showTable')}</summary>
        <DimensionTable summaries={summaries} />
      </details>
    </section>
  );
}
