// The overall score and maturity level with how far to trust them (confidence, coverage), and the
// dimensions that stand out. A provisional score (too few answers) shows what is missing, never a level.
import { useTranslation } from 'react-i18next';
import type { PreparedQuestionnaire } from '../../engine/prepare';
import type { QuestionnaireResult } from '../../engine/result';
import { localize } from '../../lib/typography';
import { findLevel, standouts, type DimensionSummary, type Standout } from './dimension-summary';
import { currentLanguage } from '../../lib/i18n';

interface Props {
  questionnaire: PreparedQuestionnaire;
  result: QuestionnaireResult;
  summaries: readonly DimensionSummary[];
}

export function OverallSummary({ questionnaire, result, summaries }: Props) {
  const { t, i18n } = useTranslation(['results', 'common']);
  const language = currentLanguage(i18n);
  const { overall } = result;
  const level = findLevel(questionnaire, overall.level);
  const { strongest, weakest } = standouts(summaries);
  const share = (value: number | null) =>
    value === null ? t('overall.notAvailable') : t('common:percent', { value });
  const standoutValues = (standout: Standout) => ({
    count: standout.dimensions.length,
    dimensions: standout.dimensions.map((d) => localize(d.title, language)),
    score: t('common:score', { value: standout.score }),
  });

  return (
    <section className="card stack-small" aria-labelledby="overall-heading">
      <h2 id="overall-heading">{t('overall.heading')}</h2>
      {overall.score === null ? (
        <p>{t('overall.noScore')}</p>
      ) : (
        <dl className="figures">
          <div>
            <dt>{t('overall.score')}</dt>
            <dd className="figure">
              {overall.provisional
                ? t('common:provisional.score', {
                    score: t('common:score', { value: overall.score }),
                  })
                : t('common:score', { value: overall.score })}
            </dd>
          </div>
          <div>
            <dt>{t('overall.level')}</dt>
            <dd className="figure">
              {overall.provisional
                ? t('overall.noLevelYet')
                : level === undefined
                  ? t('overall.notAvailable')
                  : localize(level.label, language)}
            </dd>
          </div>
          <div>
            <dt>{t('overall.confidence')}</dt>
            <dd className="figure">{share(overall.confidence)}</dd>
          </div>
          <div>
            <dt>{t('overall.coverage')}</dt>
            <dd className="figure">{share(overall.coverage)}</dd>
          </div>
        </dl>
      )}
      {overall.provisional ? (
        <div className="callout callout-warn stack-small">
          <p>
            <strong>
              {t('common:provisional.answerMore', { count: overall.missingForLevel })}
            </strong>
          </p>
          <p>
            {t('overall.provisionalRule', {
              share: t('common:percent', { value: questionnaire.definition.levelCoverage }),
            })}
          </p>
        </div>
      ) : (
        level !== undefined && <p>{localize(level.description, language)}</p>
      )}
      <p className="hint">{t('overall.figuresHint')}</p>
      {strongest !== null && <p>{t('strongest', standoutValues(strongest))}</p>}
      {weakest !== null && <p>{t('weakest', standoutValues(weakest))}</p>}
      {result.invalidAnswers.length > 0 && (
        <p className="notice">{t('invalidAnswers', { count: result.invalidAnswers.length })}</p>
      )}
    </section>
  );
}
