// Horizontal bars: each dimension's score (solid) and coverage (hatched), each bar labelled with its
// value so neither colour nor length alone carries the number. A score of 0 still draws a thin bar
// and its "0", so a zero never looks like a missing figure.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import type { DimensionChartRow } from './chart-data';
import { chartColours, scoreFirst } from '../../components/chart-theme';

interface Props {
  rows: readonly DimensionChartRow[];
  questionnaireTitle: string;
}

const ROW_HEIGHT = 52;
/** A bar of 0 is drawn 3 pixels wide; a dimension with no score draws none. */
const zeroBar = (value: number | null | undefined) => (typeof value === 'number' ? 3 : 0);

export function DimensionBarChart({ rows, questionnaireTitle }: Props) {
  const { t } = useTranslation(['results', 'common']);
  const hatchId = `coverage-hatch-${useId().replace(/[^a-zA-Z0-9-]/g, '')}`;
  const percent = (value: unknown) =>
    typeof value === 'number' ? t('common:percent', { value: value / 100 }) : '';
  return (
    <figure className="chart">
      <div
        className="chart-canvas"
        role="img"
        aria-label={t('charts.barLabel', { questionnaire: questionnaireTitle })}
        style={{ height: rows.length * ROW_HEIGHT + 80 }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={[...rows]}
            layout="vertical"
            margin={{ top: 4, right: 44, bottom: 4, left: 4 }}
            barCategoryGap="20%"
            accessibilityLayer={false}
          >
            <defs>
              <pattern
                id={hatchId}
                width="6"
                height="6"
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)"
              >
                <rect width="6" height="6" fill="#ffffff" />
                <line x1="0" y1="0" x2="0" y2="6" stroke={chartColours.coverage} strokeWidth="3" />
              </pattern>
            </defs>
            <CartesianGrid horizontal={false} stroke={chartColours.grid} />
            <XAxis type="number" domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} />
            <YAxis
              type="category"
              dataKey="name"
              width={128}
              tick={{ fill: chartColours.text, fontSize: 12 }}
              interval={0}
            />
            <Bar
              name={t('charts.score')}
              dataKey="score"
              fill={chartColours.score}
              minPointSize={zeroBar}
              isAnimationActive={false}
            >
              <LabelList dataKey="score" position="right" fill={chartColours.text} fontSize={12} />
            </Bar>
            <Bar
              name={t('charts.coverage')}
              dataKey="coverage"
              fill={`url(#${hatchId})`}
              stroke={chartColours.coverage}
              minPointSize={zeroBar}
              isAnimationActive={false}
            >
              <LabelList
                dataKey="coverage"
                position="right"
                fill={chartColours.text}
                fontSize={12}
                formatter={percent}
              />
            </Bar>
            <Legend itemSorter={scoreFirst} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="hint">{t('charts.barCaption')}</figcaption>
    </figure>
  );
}
