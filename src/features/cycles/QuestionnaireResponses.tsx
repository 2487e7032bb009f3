// One questionnaire within a cycle: its responses with progress, and a form to start a new one.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod/mini';
import { FieldError } from '../../components/FieldError';
import { Link } from '../../components/Link';
import type { PreparedQuestionnaire } from '../../engine/prepare';
import { responseProgress } from '../../engine/progress';
import { localize } from '../../lib/typography';
import { deleteResponse, startResponse } from '../../state/commands/responses';
import type { ResponseWithAnswers } from '../../state/queries/cycle-data';
import { newestVersion, offersNewerVersion } from '../../state/queries/newer-version';
import { navigate } from '../../routing/route-store';
import { currentLanguage } from '../../lib/i18n';
import { MAX_NAME_LENGTH } from '../../domain/limits';

const formSchema = z.object({
  respondent: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_NAME_LENGTH)),
});

interface Props {
  cycleId: string;
  questionnaire: PreparedQuestionnaire;
  /** Loaded versions by "id@version", for responses on another version than the cycle's. */
  versions: ReadonlyMap<string, PreparedQuestionnaire>;
  responses: ResponseWithAnswers[];
  readOnly: boolean;
}

export function QuestionnaireResponses({
  cycleId,
  questionnaire,
  versions,
  responses,
  readOnly,
}: Props) {
  const { t, i18n } = useTranslation(['cycles', 'common']);
  const language = currentLanguage(i18n);
  const { definition } = questionnaire;
  const formId = `start-${definition.id}`;
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<{ respondent: string }>({
    resolver: zodResolver(formSchema),
    defaultValues: { respondent: '' },
  });

  const start = async ({ respondent }: { respondent: string }) => {
    const started = await startResponse({
      cycleId,
      questionnaireId: definition.id,
      version: definition.version,
      contentHash: questionnaire.contentHash,
      respondent,
    });
    if (started !== undefined) navigate({ name: 'take', responseId: started.id });
  };

  const headingId = `heading-${definition.id}`;
  return (
    <section className="card stack-small" aria-labelledby={headingId}>
      <h2 id={headingId}>{localize(definition.title, language)}</h2>
      <p className="muted">
        {t(`answeredBy.${definition.respondent}`)} · {t('version', { version: definition.version })}
      </p>
      <h3>{t('responsesTitle')}</h3>
      {responses.length === 0 ? (
        <p>{t('noResponses')}</p>
      ) : (
        <ul className="response-list">
          {responses.map(({ response, answers }) => {
            const own =
              versions.get(`${response.questionnaireId}@${response.version}`) ?? questionnaire;
            const progress = responseProgress(own, answers);
            const newer =
              !readOnly && offersNewerVersion(response) ? newestVersion(response) : undefined;
            return (
              <li key={response.id}>
                <Link to={{ name: 'take', responseId: response.id }}>
                  {readOnly || response.submittedAt
                    ? t('reviewResponse', { respondent: response.respondent })
                    : t('continueResponse', { respondent: response.respondent })}
                </Link>{' '}
                <progress
                  value={progress.answered}
                  max={Math.max(progress.total, 1)}
                  aria-hidden="true"
                />{' '}
                <span>
                  {t('responseProgress', { answered: progress.answered, total: progress.total })}
                </span>
                {' · '}
                <span className="muted">
                  {response.submittedAt
                    ? t('submitted', {
                        date: t('common:date', { value: new Date(response.submittedAt) }),
                      })
                    : t('inProgress')}
                </span>
                {response.version !== definition.version && (
                  <span className="muted"> · {t('onVersion', { version: response.version })}</span>
                )}
                {newer !== undefined && (
                  <span className="muted"> · {t('newerVersion', { version: newer })}</span>
                )}
                {!readOnly && (
                  <button
                    type="button"
                    className="link-button danger"
                    onClick={() => {
                      if (
                        window.confirm(
                          t('confirmDeleteResponse', { respondent: response.respondent }),
                        )
                      ) {
                        void deleteResponse(response.id);
                      }
                    }}
                  >
                    {t('deleteResponse', { respondent: response.respondent })}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {responses.some((r) => Object.keys(r.answers).length > 0) && (
        <p>
          <Link to={{ name: 'results', cycleId, questionnaireId: definition.id }}>
            {t('seeResults')}
          </Link>
        </p>
      )}
      {!readOnly && (
        <form
          className="inline-form"
          noValidate
          onSubmit={(event) => void handleSubmit(start)(event)}
        >
          <div className="field">
            <label htmlFor={`${formId}-respondent`}>{t('respondent')}</label>
            <input
              id={`${formId}-respondent`}
              aria-describedby={`${formId}-hint${errors.respondent ? ` ${formId}-error` : ''}`}
              aria-invalid={errors.respondent ? true : undefined}
              {...register('respondent')}
            />
            <p id={`${formId}-hint`} className="hint">
              {t('respondentHint')}
            </p>
            <FieldError
              id={`${formId}-error`}
              message={errors.respondent && t('respondentRequired')}
            />
          </div>
          <button type="submit" disabled={isSubmitting}>
            {t('startResponse')}
          </button>
        </form>
      )}
    </section>
  );
}
