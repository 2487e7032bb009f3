// Before submitting: which questions still have no answer, each a link back to it.
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/Link';
import type { PreparedQuestionnaire } from '../../engine/prepare';
import type { ResponseProgress } from '../../engine/progress';
import { localize } from '../../lib/typography';
import type { Response } from '../../domain/response';
import { showNotice } from '../../state/notice-store';
import { navigate } from '../../routing/route-store';
import { setSubmitted } from '../../state/commands/responses';
import { useStorageStore } from '../../state/storage-store';
import { ExportResponseButton } from '../transfer';
import { currentLanguage } from '../../lib/i18n';
import { sectionStatus } from './section-status';

interface Props {
  questionnaire: PreparedQuestionnaire;
  response: Response;
  progress: ResponseProgress;
  readOnly: boolean;
}

export function ReviewPage({ questionnaire, response, progress, readOnly }: Props) {
  const { t, i18n } = useTranslation(['questionnaire', 'common', 'sections']);
  const language = currentLanguage(i18n);
  const storageLost = useStorageStore((state) => state.loss !== undefined);
  const { definition, questionById } = questionnaire;

  return (
    <section className="stack" aria-labelledby="review-heading">
      <h2 id="review-heading">{t('reviewTitle')}</h2>
      <h3>{t('sections:check.title')}</h3>
      <dl className="summary-list">
        {definition.dimensions.map((dimension) => {
          const title = localize(dimension.title, language);
          const counts = progress.byDimension[dimension.id] ?? { answered: 0, total: 0 };
          return (
            <div key={dimension.id}>
              <dt>{title}</dt>
              <dd>
                {t(`sections:status.${sectionStatus(counts)}`)}
                {' · '}
                {t('dimensionProgress', { ...counts })}
              </dd>
              <dd>
                <Link to={{ name: 'take', responseId: response.id, page: dimension.id }}>
                  {t(readOnly ? 'sections:check.see' : 'sections:check.change')}{' '}
                  <span className="visually-hidden">
                    {t('sections:check.changeSection', { section: title })}
                  </span>
                </Link>
              </dd>
            </div>
          );
        })}
      </dl>
      {progress.unanswered.length === 0 ? (
        <p>{t('allAnswered')}</p>
      ) : (
        <>
          <p>{t('unansweredCount', { count: progress.unanswered.length })}</p>
          {definition.dimensions.map((dimension) => {
            const missing = progress.unanswered.filter(
              (id) => questionById.get(id)?.dimension === dimension.id,
            );
            if (missing.length === 0) return null;
            return (
              <div key={dimension.id}>
                <h3>{localize(dimension.title, language)}</h3>
                <ul>
                  {missing.map((id) => {
                    const question = questionById.get(id);
                    if (!question) return null;
                    return (
                      <li key={id}>
                        <Link
                          to={{ name: 'take', responseId: response.id, page: dimension.id }}
                          data-question={id}
                        >
                          {t('goToQuestion', { prompt: localize(question.prompt, language) })}
                        </Link>
                      </li>
                    );
                  })}
                </ul>
              </div>
            );
          })}
        </>
      )}
      {response.submittedAt ? (
        <>
          <p>
            {/* "Changes are saved as you make them" is untrue once this tab lost its storage. */}
            {t(storageLost ? 'submittedOn' : 'submitted', {
              date: t('common:date', { value: new Date(response.submittedAt) }),
            })}
          </p>
          {!readOnly && (
            <button type="button" onClick={() => void setSubmitted(response.id, false)}>
              {t('reopen')}
            </button>
          )}
        </>
      ) : (
        !readOnly && (
          <button
            type="button"
            className="primary"
            onClick={() => {
              void setSubmitted(response.id, true).then((saved) => {
                if (!saved) return;
                navigate({
                  name: 'results',
                  cycleId: response.cycleId,
                  questionnaireId: response.questionnaireId,
                });
                // Shown on the results screen, above what it confirms.
                showNotice('info', 'questionnaire:submittedNotice');
              });
            }}
          >
            {t('submit')}
          </button>
        )
      )}
      <ExportResponseButton response={response} />
      <p>
        <Link to={{ name: 'cycle', cycleId: response.cycleId }}>{t('backToCycle')}</Link>
        {' · '}
        <Link
          to={{
            name: 'results',
            cycleId: response.cycleId,
            questionnaireId: response.questionnaireId,
          }}
        >
          {t('seeResults')}
        </Link>
      </p>
    </section>
  );
}
