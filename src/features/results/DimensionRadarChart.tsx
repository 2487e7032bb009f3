// A radar of dimension scores (solid shape), with diamonds where each target level starts when targets
// are set. Assistive technology gets its name and caption; the table beside it carries the numbers.
import { useTranslation } from 'react-i18next';
import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Text,
  type BaseTickContentProps,
  type DotItemDotProps,
} from 'recharts';
import { hasTargets, type DimensionChartRow } from './chart-data';
import { chartColours, scoreFirst } from '../../components/chart-theme';

/** Dimension names wrap to this width (px) around the radar instead of running off its edge. */
const LABEL_WIDTH = 112;
const DIAMOND = 6;

/** A dimension name around the radar: above the top spoke it grows upwards, below the bottom one
 * downwards, so wrapped lines never cross the chart. */
function DimensionLabel(props: BaseTickContentProps & { cy?: number }) {
  const { x, y, cy, textAnchor, payload } = props;
  const position = Number(y) - (cy ?? Number(y));
  const verticalAnchor =
    textAnchor !== 'middle' ? 'middle' : position < 0 ? 'end' : position > 0 ? 'start' : 'middle';
  return (
    <Text
      x={x}
      y={y}
      textAnchor={textAnchor}
      verticalAnchor={verticalAnchor}
      width={LABEL_WIDTH}
      fontSize={12}
      fill={chartColours.text}
    >
      {String(payload.value)}
    </Text>
  );
}

/** A diamond at a dimension's target; nothing for a dimension without one. */
function TargetMark({ cx, cy, payload }: DotItemDotProps) {
  const row = payload as DimensionChartRow | undefined;
  if (row === undefined || row.target === null || cx === undefined || cy === undefined) {
    return <g />;
  }
  return (
    <path
      d={`M${cx} ${cy - DIAMOND} L${cx + DIAMOND} ${cy} L${cx} ${cy + DIAMOND} L${cx - DIAMOND} ${cy} Z`}
      fill={chartColours.target}
      stroke="#ffffff"
      strokeWidth={1}
    />
  );
}

interface Props {
  rows: readonly DimensionChartRow[];
  questionnaireTitle: string;
}

export function DimensionRadarChart({ rows, questionnaireTitle }: Props) {
  const { t } = useTranslation('results');
  const withTargets = hasTargets(rows);
  return (
    <figure className="chart">
      <div
        className="chart-canvas chart-radar"
        role="img"
        aria-label={t('charts.radarLabel', { questionnaire: questionnaireTitle })}
      >
        <ResponsiveContainer width="100%" height="100%">
          <RadarChart data={[...rows]} outerRadius="56%" accessibilityLayer={false}>
            <PolarGrid stroke={chartColours.grid} />
            <PolarAngleAxis dataKey="name" tick={DimensionLabel} />
            <PolarRadiusAxis
              domain={[0, 100]}
              tickCount={6}
              angle={90}
              tick={{ fontSize: 11, fill: chartColours.coverage }}
            />
            <Radar
              name={t('charts.score')}
              dataKey="score"
              stroke={chartColours.score}
              strokeWidth={2}
              fill={chartColours.score}
              fillOpacity={0.25}
              dot
              isAnimationActive={false}
            />
            {withTargets && (
              <Radar
                name={t('charts.target')}
                dataKey="target"
                stroke={chartColours.target}
                strokeOpacity={0}
                fill={chartColours.target}
                fillOpacity={0}
                dot={TargetMark}
                legendType="diamond"
                isAnimationActive={false}
              />
            )}
            <Legend itemSorter={scoreFirst} />
          </RadarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="hint">
        {withTargets ? t('charts.radarCaptionTargets') : t('charts.radarCaption')}
      </figcaption>
    </figure>
  );
}
