// Start a cycle: its name and the questionnaires it includes (newest version of each).
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod/mini';
import { FieldError } from '../../components/FieldError';
import { Loading } from '../../components/NotFound';
import { localize } from '../../lib/typography';
import { createCycle } from '../../state/commands/cycles';
import { navigate } from '../../routing/route-store';
import { latestQuestionnaires } from '../../state/queries/catalog';
import { useQuestionnaires } from '../../state/queries/questionnaire-sets';
import { currentLanguage } from '../../lib/i18n';
import { MAX_NAME_LENGTH } from '../../domain/limits';

const formSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_NAME_LENGTH)),
  questionnaires: z.array(z.string()).check(z.minLength(1)),
});
type FormValues = z.infer<typeof formSchema>;

const available = latestQuestionnaires();

export default function NewCycleScreen() {
  const { t, i18n } = useTranslation(['cycles', 'common']);
  const language = currentLanguage(i18n);
  const questionnaires = useQuestionnaires(available);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: {
      name: t('defaultName', { year: new Date().getFullYear() }),
      questionnaires: available.map((q) => q.id),
    },
  });

  if (questionnaires.status === 'loading') return <Loading />;
  if (questionnaires.status === 'error') return <p role="alert">{questionnaires.error.message}</p>;

  const onSubmit = async (values: FormValues) => {
    const chosen = available.filter((q) => values.questionnaires.includes(q.id));
    const created = await createCycle(values.name, chosen);
    if (created !== undefined) navigate({ name: 'cycle', cycleId: created.id });
  };

  return (
    <section className="stack">
      <h1>{t('newTitle')}</h1>
      <p>{t('newIntro')}</p>
      <form className="stack" noValidate onSubmit={(event) => void handleSubmit(onSubmit)(event)}>
        <div className="field">
          <label htmlFor="cycle-name">{t('name')}</label>
          <input
            id="cycle-name"
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={errors.name ? 'cycle-name-error' : undefined}
            {...register('name')}
          />
          <FieldError id="cycle-name-error" message={errors.name && t('nameRequired')} />
        </div>
        <fieldset
          aria-describedby={errors.questionnaires ? 'cycle-questionnaires-error' : undefined}
        >
          <legend>{t('questionnaires')}</legend>
          {questionnaires.value.map(({ definition }) => (
            <label key={definition.id} className="choice choice-card">
              <input type="checkbox" value={definition.id} {...register('questionnaires')} />
              <span>
                <strong>{localize(definition.title, language)}</strong>{' '}
                <span className="muted">
                  ({t('questionCount', { count: definition.questions.length })} ·{' '}
                  {t(`answeredBy.${definition.respondent}`)})
                </span>
                <br />
                <span>{localize(definition.description, language)}</span>
              </span>
            </label>
          ))}
          <FieldError
            id="cycle-questionnaires-error"
            message={errors.questionnaires && t('questionnairesRequired')}
          />
        </fieldset>
        <div>
          <button type="submit" className="primary" disabled={isSubmitting}>
            {t('create')}
          </button>
        </div>
      </form>
    </section>
  );
}
