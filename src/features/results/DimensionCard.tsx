// One dimension: its score and level with confidence and coverage, its target, and a disclosure that
// shows the answers behind the score.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreparedQuestionnaire } from '../../engine/prepare';
import type { QuestionnaireResult } from '../../engine/result';
import { localize } from '../../lib/typography';
import { DimensionAnswers } from './DimensionAnswers';
import type { DimensionSummary } from './dimension-summary';
import { TargetSelect } from './TargetSelect';
import { useGapText } from './use-gap-text';
import { useSectionLevelText } from './use-section-level-text';
import { currentLanguage } from '../../lib/i18n';

interface Props {
  cycleId: string;
  questionnaire: PreparedQuestionnaire;
  result: QuestionnaireResult;
  summary: DimensionSummary;
  readOnly: boolean;
}

export function DimensionCard({ cycleId, questionnaire, result, summary, readOnly }: Props) {
  const { t, i18n } = useTranslation(['results', 'common']);
  const language = currentLanguage(i18n);
  const gapText = useGapText();
  const levelText = useSectionLevelText();
  const [open, setOpen] = useState(false);
  const id = useId();
  const { dimension, result: dimensionResult, target } = summary;
  const title = localize(dimension.title, language);
  const none = t('overall.notAvailable');

  return (
    <li className="card dimension-card stack-small">
      <h3 id={`${id}-title`}>{title}</h3>
      <p className="dimension-score">
        {dimensionResult.score === null
          ? t('common:noScore')
          : dimensionResult.provisional
            ? t('dimensions.provisionalLine', {
                score: t('common:score', { value: dimensionResult.score }),
                count: dimensionResult.missingForLevel,
              })
            : t('dimensions.scoreLine', {
                score: t('common:score', { value: dimensionResult.score }),
                level: levelText(summary) ?? none,
              })}
      </p>
      <p className="muted">
        {t('dimensions.confidenceLine', {
          confidence:
            dimensionResult.confidence === null
              ? none
              : t('common:percent', { value: dimensionResult.confidence }),
          coverage: t('common:percent', { value: dimensionResult.coverage }),
        })}
      </p>
      <TargetSelect
        cycleId={cycleId}
        questionnaireId={questionnaire.definition.id}
        dimensionId={dimension.id}
        dimensionHeadingId={`${id}-title`}
        levels={questionnaire.definition.levels}
        stored={target?.id ?? ''}
        gapText={gapText.sentence(summary)}
        readOnly={readOnly}
      />
      <button
        type="button"
        className="link-button disclosure"
        aria-expanded={open}
        aria-controls={`${id}-answers`}
        onClick={() => {
          setOpen((current) => !current);
        }}
      >
        {t('dimensions.showAnswers', { dimension: title })}
      </button>
      <div id={`${id}-answers`} hidden={!open}>
        {open && (
          <DimensionAnswers
            questionnaire={questionnaire}
            result={result}
            dimensionId={dimension.id}
          />
        )}
      </div>
    </li>
  );
}
