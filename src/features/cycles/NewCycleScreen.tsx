// Start a cycle: its name, the questionnaires it includes (newest version of each), and which
// unfinished actions of the most recent cycle it carries over.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod/mini';
import { FieldError } from '../../components/FieldError';
import { Loading } from '../../components/NotFound';
import { localize } from '../../lib/typography';
import { startCycle } from '../../state/commands/cycles';
import { periodChoices } from '../../domain/cycle-period';
import { useCarryOffer } from '../../state/queries/carry-offer';
import { navigate } from '../../routing/route-store';
import { latestQuestionnaires } from '../../state/queries/catalog';
import { useQuestionnaires } from '../../state/queries/questionnaire-sets';
import { currentLanguage } from '../../lib/i18n';
import { MAX_NAME_LENGTH } from '../../domain/limits';
import { CarryOverChoices } from './CarryOverChoices';

const formSchema = z.object({
  period: z.string().check(z.minLength(1)),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_NAME_LENGTH)),
  questionnaires: z.array(z.string()).check(z.minLength(1)),
});
type FormValues = z.infer<typeof formSchema>;

const available = latestQuestionnaires();

export default function NewCycleScreen() {
  const { t, i18n } = useTranslation(['cycles', 'common']);
  const language = currentLanguage(i18n);
  const questionnaires = useQuestionnaires(available);
  const offer = useCarryOffer();
  const [leftOut, setLeftOut] = useState<ReadonlySet<string>>(new Set());
  const [periods] = useState(() => periodChoices(new Date()));
  const thisYear = String(new Date().getFullYear());
  const {
    register,
    handleSubmit,
    getValues,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: {
      period: thisYear,
      name: t('defaultName', { year: thisYear }),
      questionnaires: available.map((q) => q.id),
    },
  });

  if (questionnaires.status === 'loading') return <Loading />;
  if (questionnaires.status === 'error') return <p role="alert">{questionnaires.error.message}</p>;

  const onSubmit = async (values: FormValues) => {
    const chosen = available.filter((q) => values.questionnaires.includes(q.id));
    const from =
      offer.status === 'ready' && offer.value.from !== null
        ? {
            cycleId: offer.value.from.id,
            actions: offer.value.candidates
              .filter(({ action }) => !leftOut.has(action.key))
              .map(({ carried }) => carried),
          }
        : null;
    const cycle = await startCycle(values.name, chosen, from, values.period);
    if (cycle !== null) navigate({ name: 'cycle', cycleId: cycle.id });
  };

  return (
    <section className="stack">
      <h1>{t('newTitle')}</h1>
      <p>{t('newIntro')}</p>
      <form className="stack" noValidate onSubmit={(event) => void handleSubmit(onSubmit)(event)}>
        <div className="field">
          <label htmlFor="cycle-period">{t('period')}</label>
          <select
            id="cycle-period"
            aria-describedby="cycle-period-hint"
            {...register('period', {
              onChange: (event: { target: { value: string } }) => {
                // The suggested name follows the period until the person writes their own.
                const previous = periods.find(
                  (period) => getValues('name') === t('defaultName', { year: period }),
                );
                if (previous !== undefined) {
                  setValue('name', t('defaultName', { year: event.target.value }));
                }
              },
            })}
          >
            {periods.map((period) => (
              <option key={period} value={period}>
                {period}
              </option>
            ))}
          </select>
          <p id="cycle-period-hint" className="hint">
            {t('periodHint')}
          </p>
        </div>
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
            // The box is named by the title alone; the long description is read after it, on demand.
            <label key={definition.id} className="choice choice-card">
              <input
                type="checkbox"
                value={definition.id}
                aria-labelledby={`questionnaire-${definition.id}-title`}
                aria-describedby={`questionnaire-${definition.id}-about`}
                {...register('questionnaires')}
              />
              <span>
                <strong id={`questionnaire-${definition.id}-title`}>
                  {localize(definition.title, language)}
                </strong>{' '}
                <span id={`questionnaire-${definition.id}-about`}>
                  <span className="muted">
                    ({t('questionCount', { count: definition.questions.length })} ·{' '}
                    {t(`answeredBy.${definition.respondent}`)})
                  </span>
                  <br />
                  <span>{localize(definition.description, language)}</span>
                </span>
              </span>
            </label>
          ))}
          <FieldError
            id="cycle-questionnaires-error"
            message={errors.questionnaires && t('questionnairesRequired')}
          />
        </fieldset>
        {offer.status === 'loading' && <Loading />}
        {offer.status === 'error' && <p className="notice">{t('carry.unavailable')}</p>}
        {offer.status === 'ready' && (
          <CarryOverChoices
            offer={offer.value}
            leftOut={leftOut}
            onToggle={(key, carried) => {
              const next = new Set(leftOut);
              if (carried) next.delete(key);
              else next.add(key);
              setLeftOut(next);
            }}
          />
        )}
        <div>
          <button
            type="submit"
            className="primary"
            disabled={isSubmitting || offer.status === 'loading'}
          >
            {t('create')}
          </button>
        </div>
      </form>
    </section>
  );
}
