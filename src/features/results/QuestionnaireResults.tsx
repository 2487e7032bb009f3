// One result explained: essential controls first, then the overall score, the dimension charts and
// each dimension with its answers and target.
import { useTranslation } from 'react-i18next';
import type { PreparedQuestionnaire } from '../../engine/prepare';
import type { QuestionnaireResult } from '../../engine/result';
import { localize } from '../../lib/typography';
import type { Cycle } from '../../domain/cycle';
import { BaselineCallout } from './BaselineCallout';
import { DimensionCard } from './DimensionCard';
import { dimensionSummaries } from './dimension-summary';
import { OverallSummary } from './OverallSummary';
import { ScoreCharts } from './ScoreCharts';
import { currentLanguage } from '../../lib/i18n';

interface Props {
  cycle: Cycle;
  questionnaire: PreparedQuestionnaire;
  result: QuestionnaireResult;
}

export function QuestionnaireResults({ cycle, questionnaire, result }: Props) {
  const { t, i18n } = useTranslation('results');
  const language = currentLanguage(i18n);
  const { definition } = questionnaire;
  const summaries = dimensionSummaries(questionnaire, result, cycle.targets[definition.id] ?? {});
  const readOnly = cycle.closedAt !== undefined;

  return (
    <>
      <BaselineCallout questionnaire={questionnaire} result={result} />
      <OverallSummary questionnaire={questionnaire} result={result} summaries={summaries} />
      <ScoreCharts
        summaries={summaries}
        questionnaireTitle={localize(definition.title, language)}
      />
      <section className="stack" aria-labelledby="dimensions-heading">
        <h2 id="dimensions-heading">{t('dimensions.heading')}</h2>
        <p>{t('dimensions.intro')}</p>
        <ol className="dimension-list">
          {summaries.map((summary) => (
            <DimensionCard
              key={summary.dimension.id}
              cycleId={cycle.id}
              questionnaire={questionnaire}
              result={result}
              summary={summary}
              readOnly={readOnly}
            />
          ))}
        </ol>
      </section>
    </>
  );
}
