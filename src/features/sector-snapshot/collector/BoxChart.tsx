// The middle half of each measure's scores as a horizontal bar from the first to the third quartile,
// in two colours that meet at the median (a box plot without whiskers: the lowest and highest scores
// are single agencies' and are never published). The table next to it carries the same numbers.
// Drawn with positioned boxes on a 0–100 track, not a chart library: nothing to measure or lay out,
// so the figures redraw within a frame when a filter changes, even on an old laptop.
import { useTranslation } from 'react-i18next';
import type { MeasureRow } from './measure-rows';

const ticks = [0, 20, 40, 60, 80, 100];
const percent = (value: number) => `${String(value)}%`;

interface Props {
  rows: readonly MeasureRow[];
  label: string;
}

export function BoxChart({ rows, label }: Props) {
  const { t } = useTranslation('sector');
  return (
    <figure className="chart">
      <div className="box-chart" role="img" aria-label={label}>
        {rows.map(({ key, name, cell }) => (
          <div className="box-chart-row" key={key}>
            <span className="box-chart-name">{name}</span>
            <span className="box-chart-track">
              {cell !== null && (
                <>
                  <span
                    className="box-chart-lower"
                    style={{ left: percent(cell.q1), width: percent(cell.median - cell.q1) }}
                  />
                  <span
                    className="box-chart-upper"
                    style={{ left: percent(cell.median), width: percent(cell.q3 - cell.median) }}
                  />
                </>
              )}
            </span>
          </div>
        ))}
        <div className="box-chart-row">
          <span />
          <span className="box-chart-axis">
            {ticks.map((tick) => (
              <span key={tick} style={{ left: percent(tick) }}>
                {tick}
              </span>
            ))}
          </span>
        </div>
      </div>
      <ul className="box-chart-legend">
        <li>
          <span className="box-chart-swatch box-chart-lower" />
          {t('figures.lowerHalf')}
        </li>
        <li>
          <span className="box-chart-swatch box-chart-upper" />
          {t('figures.upperHalf')}
        </li>
      </ul>
      <figcaption className="hint">{t('figures.chartCaption')}</figcaption>
    </figure>
  );
}
