// The overall score of each questionnaire across every cycle: a line chart, each line with its own
// dash pattern and point shape so colour is never the only signal, each point labelled with its score,
// and the same figures in a table for screen readers and anyone who prefers numbers.
import { cycleLabel, cyclePeriod } from '../../domain/cycle-period';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  LabelList,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { localize } from '../../lib/typography';
import { chartColours } from '../../components/chart-theme';
import type { TrendLine, TrendPoint } from './compare-cycles';
import { TableScroll } from '../../components/TableScroll';
import { currentLanguage } from '../../lib/i18n';

/** One look per questionnaire: colour, dash pattern and point shape all differ. */
const STYLES = [
  { stroke: chartColours.score, dash: undefined, shape: 'circle' },
  { stroke: '#6b3fa0', dash: '6 4', shape: 'square' },
  { stroke: '#3d6b5c', dash: '2 3', shape: 'triangle' },
  { stroke: chartColours.target, dash: '10 3 2 3', shape: 'diamond' },
] as const;

interface Props {
  lines: readonly TrendLine[];
  points: readonly TrendPoint[];
}

export function TrendChart({ lines, points }: Props) {
  const { t, i18n } = useTranslation(['compare', 'common']);
  const language = currentLanguage(i18n);
  const data = points.map(({ cycle, scores }) => ({
    name: cycleLabel(cycle),
    ...Object.fromEntries(
      Object.entries(scores).flatMap(([id, score]) => (score === null ? [] : [[id, score]])),
    ),
  }));
  return (
    <div className="stack-small">
      <figure className="chart">
        <div className="chart-canvas chart-trend" role="img" aria-label={t('trend.chartLabel')}>
          <ResponsiveContainer width="100%" height="100%">
            <LineChart
              data={data}
              margin={{ top: 16, right: 32, bottom: 8, left: 0 }}
              accessibilityLayer={false}
            >
              <CartesianGrid stroke={chartColours.grid} />
              {/* Cycle names are the agency's own and can be long: each wraps onto lines of at most
                  7.5 rem, and the first and last are far enough from the edges not to be cut. */}
              <XAxis
                dataKey="name"
                tick={{ fill: chartColours.text, fontSize: 12, width: 120 }}
                interval={0}
                height={56}
                padding={{ left: 64, right: 64 }}
              />
              <YAxis domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} width={40} />
              {lines.map(({ questionnaireId, questionnaire }, index) => {
                const style = STYLES[index % STYLES.length] ?? STYLES[0];
                return (
                  <Line
                    key={questionnaireId}
                    type="linear"
                    dataKey={questionnaireId}
                    name={localize(questionnaire.definition.title, language)}
                    stroke={style.stroke}
                    strokeWidth={2}
                    {...(style.dash === undefined ? {} : { strokeDasharray: style.dash })}
                    legendType={style.shape}
                    dot={{ r: 4, fill: style.stroke }}
                    isAnimationActive={false}
                  >
                    <LabelList
                      dataKey={questionnaireId}
                      position="top"
                      fill={chartColours.text}
                      fontSize={12}
                    />
                  </Line>
                );
              })}
              <Legend />
            </LineChart>
          </ResponsiveContainer>
        </div>
        <figcaption className="hint">{t('trend.caption')}</figcaption>
      </figure>
      {points.some((point) => point.provisional.length > 0) && (
        <p className="hint">{t('provisionalHint')}</p>
      )}
      <details className="table-details">
        <summary>{t('trend.showTable')}</summary>
        <TrendTable lines={lines} points={points} />
      </details>
    </div>
  );
}

export function TrendTable({ lines, points }: Props) {
  const captionId = useId();
  const { t, i18n } = useTranslation(['compare', 'common']);
  const language = currentLanguage(i18n);
  return (
    <TableScroll captionId={captionId}>
      <table className="trend-table">
        <caption id={captionId}>{t('trend.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('trend.cycle')}</th>
            <th scope="col">{t('trend.started')}</th>
            {lines.map(({ questionnaireId, questionnaire }) => (
              <th key={questionnaireId} scope="col">
                {localize(questionnaire.definition.title, language)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {points.map(({ cycle, scores, provisional }) => (
            <tr key={cycle.id}>
              <th scope="row">{cycleLabel(cycle)}</th>
              <td>{cyclePeriod(cycle)}</td>
              {lines.map(({ questionnaireId }) => {
                const score = scores[questionnaireId];
                return (
                  <td key={questionnaireId} className="number">
                    {score === undefined
                      ? t('trend.notIncluded')
                      : score === null
                        ? t('trend.notAnswered')
                        : provisional.includes(questionnaireId)
                          ? t('common:provisional.score', { score: String(score) })
                          : score}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
