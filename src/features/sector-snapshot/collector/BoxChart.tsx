// The middle half of each measure's scores as a horizontal bar from the first to the third quartile,
// in two colours that meet at the median (a box plot without whiskers: the lowest and highest scores
// are single agencies' and are never published). The table next to it carries the same numbers.
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { MeasureRow } from './measure-rows';

const colours = { lower: '#0b5cad', upper: '#7fb0e0', grid: '#c5ccd6', text: '#1b1f24' };
const ROW_HEIGHT = 40;

interface Props {
  rows: readonly MeasureRow[];
  label: string;
}

export function BoxChart({ rows, label }: Props) {
  const { t } = useTranslation('sector');
  const data = rows.map(({ name, cell }) => ({
    name,
    start: cell?.q1 ?? 0,
    lower: cell === null ? 0 : cell.median - cell.q1,
    upper: cell === null ? 0 : cell.q3 - cell.median,
  }));
  return (
    <figure className="chart">
      <div
        className="chart-canvas"
        role="img"
        aria-label={label}
        style={{ height: rows.length * ROW_HEIGHT + 80 }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={data}
            layout="vertical"
            margin={{ top: 4, right: 24, bottom: 4, left: 4 }}
            barCategoryGap="25%"
            accessibilityLayer={false}
          >
            <CartesianGrid horizontal={false} stroke={colours.grid} />
            <XAxis type="number" domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} />
            <YAxis
              type="category"
              dataKey="name"
              width={140}
              tick={{ fill: colours.text, fontSize: 12 }}
              interval={0}
            />
            <Bar
              dataKey="start"
              stackId="box"
              fill="transparent"
              legendType="none"
              isAnimationActive={false}
            />
            <Bar
              name={t('figures.lowerHalf')}
              dataKey="lower"
              stackId="box"
              fill={colours.lower}
              isAnimationActive={false}
            />
            <Bar
              name={t('figures.upperHalf')}
              dataKey="upper"
              stackId="box"
              fill={colours.upper}
              stroke={colours.lower}
              isAnimationActive={false}
            />
            <Legend />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="hint">{t('figures.chartCaption')}</figcaption>
    </figure>
  );
}
