// The organization profile form (react-hook-form + zod), used on first visit and to edit the profile.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod/mini';
import { FieldError } from '../../components/FieldError';
import {
  communitySizes,
  profileSchema,
  provinces,
  serviceLanguages,
  services,
  staffBands,
} from '../../storage/records';
import type { OrganizationProfile } from '../../storage/records';
import type { ProfileInput } from '../../storage/profile';

const formSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1, 'nameRequired'), z.maxLength(200)),
  province: z.enum(provinces, { error: 'provinceRequired' }),
  communitySize: profileSchema.shape.communitySize,
  staffBand: profileSchema.shape.staffBand,
  services: z.array(z.enum(services)),
  languages: z.array(z.enum(serviceLanguages)).check(z.minLength(1, 'languagesRequired')),
});
type FormValues = z.infer<typeof formSchema>;

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
    formState: { errors, isSubmitting },
  } = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: profile ?? {
      name: '',
      communitySize: 'small-rural',
      staffBand: '6-15',
      services: ['settlement'],
      languages: ['en'],
    },
  });

  return (
    <form className="stack" noValidate onSubmit={(event) => void handleSubmit(onSave)(event)}>
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
        <select
          id="profile-province"
          aria-invalid={errors.province ? true : undefined}
          aria-describedby={errors.province ? 'profile-province-error' : undefined}
          {...register('province')}
        >
          <option value="">—</option>
          {provinces.map((code) => (
            <option key={code} value={code}>
              {t(`provinceName.${code}`)}
            </option>
          ))}
        </select>
        <FieldError
          id="profile-province-error"
          message={errors.province && t('provinceRequired')}
        />
      </div>

      <fieldset>
        <legend>{t('communitySize')}</legend>
        {communitySizes.map((size) => (
          <label key={size} className="choice">
            <input type="radio" value={size} {...register('communitySize')} />
            {t(`communitySizeName.${size}`)}
          </label>
        ))}
      </fieldset>

      <div className="field">
        <label htmlFor="profile-staff">{t('staffBand')}</label>
        <select id="profile-staff" {...register('staffBand')}>
          {staffBands.map((band) => (
            <option key={band} value={band}>
              {t(`staffBandName.${band}`)}
            </option>
          ))}
        </select>
      </div>

      <fieldset>
        <legend>{t('services')}</legend>
        {services.map((service) => (
          <label key={service} className="choice">
            <input type="checkbox" value={service} {...register('services')} />
            {t(`serviceName.${service}`)}
          </label>
        ))}
      </fieldset>

      <fieldset aria-describedby={errors.languages ? 'profile-languages-error' : undefined}>
        <legend>{t('languages')}</legend>
        {serviceLanguages.map((language) => (
          <label key={language} className="choice">
            <input type="checkbox" value={language} {...register('languages')} />
            {t(`languageName.${language}`)}
          </label>
        ))}
        <FieldError
          id="profile-languages-error"
          message={errors.languages && t('languagesRequired')}
        />
      </fieldset>

      <div>
        <button type="submit" className="primary" disabled={isSubmitting}>
          {submitLabel ?? t('common:save')}
        </button>
      </div>
    </form>
  );
}
