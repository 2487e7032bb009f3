// The organization profile form (react-hook-form + zod), used on first visit and to edit the profile.
// Nothing is chosen for the person: every fact starts "not stated" and only the name is required.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../components/FieldError';
import {
  communitySizes,
  provinces,
  serviceLanguages,
  services,
  staffBands,
  type OrganizationProfile,
  type ProfileInput,
} from '../../domain/profile';
import {
  formValues,
  profileFormSchema,
  profileInput,
  type ProfileFormValues,
} from './profile-form-values';

interface ProfileFormProps {
  profile: OrganizationProfile | null;
  onSave: (input: ProfileInput) => Promise<void>;
  submitLabel?: string;
}

export function ProfileForm({ profile, onSave, submitLabel }: ProfileFormProps) {
  const { t } = useTranslation(['profile', 'common']);
  const {
    register,
    handleSubmit,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<ProfileFormValues>({
    resolver: zodResolver(profileFormSchema),
    defaultValues: formValues(profile),
  });

  return (
    <form
      className="stack"
      noValidate
      onSubmit={(event) => void handleSubmit((values) => onSave(profileInput(values)))(event)}
    >
      <p className="hint">{t('optionalFacts')}</p>
      <div className="field">
        <label htmlFor="profile-name">{t('name')}</label>
        <input
          id="profile-name"
          autoComplete="organization"
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? 'profile-name-error' : undefined}
          {...register('name')}
        />
        <FieldError
          id="profile-name-error"
          message={errors.name && t(errors.name.message as 'nameRequired')}
        />
      </div>

      <div className="field">
        <label htmlFor="profile-province">{t('province')}</label>
        <select id="profile-province" {...register('province')}>
          <option value="">{t('notStated')}</option>
          {provinces.map((code) => (
            <option key={code} value={code}>
              {t(`provinceName.${code}`)}
            </option>
          ))}
        </select>
      </div>

      <div className="field">
        <label htmlFor="profile-community">{t('communitySize')}</label>
        <select id="profile-community" {...register('communitySize')}>
          <option value="">{t('notStated')}</option>
          {communitySizes.map((size) => (
            <option key={size} value={size}>
              {t(`communitySizeName.${size}`)}
            </option>
          ))}
        </select>
      </div>

      <div className="field">
        <label htmlFor="profile-staff">{t('staffBand')}</label>
        <select id="profile-staff" {...register('staffBand')}>
          <option value="">{t('notStated')}</option>
          {staffBands.map((band) => (
            <option key={band} value={band}>
              {t(`staffBandName.${band}`)}
            </option>
          ))}
        </select>
      </div>

      <fieldset aria-describedby="profile-services-hint">
        <legend>{t('services')}</legend>
        <p id="profile-services-hint" className="hint">
          {t('servicesHint')}
        </p>
        {services.map((service) => (
          <label key={service} className="choice">
            <input
              type="checkbox"
              value={service}
              {...register('services', {
                onChange: () => {
                  setValue('noServices', false);
                },
              })}
            />
            {t(`serviceName.${service}`)}
          </label>
        ))}
        <label className="choice">
          <input
            type="checkbox"
            {...register('noServices', {
              onChange: (event: { target: { checked: boolean } }) => {
                if (event.target.checked) setValue('services', []);
              },
            })}
          />
          {t('noneOfThese')}
        </label>
      </fieldset>

      <fieldset aria-describedby="profile-languages-hint">
        <legend>{t('languages')}</legend>
        <p id="profile-languages-hint" className="hint">
          {t('languagesHint')}
        </p>
        {serviceLanguages.map((language) => (
          <label key={language} className="choice">
            <input type="checkbox" value={language} {...register('languages')} />
            {t(`languageName.${language}`)}
          </label>
        ))}
      </fieldset>

      <div>
        <button type="submit" className="primary" disabled={isSubmitting}>
          {submitLabel ?? t('common:save')}
        </button>
      </div>
    </form>
  );
}
