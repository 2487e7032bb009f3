// Between the stored profile and the form's fields. An empty choice ("") or nothing ticked is left out
// of the profile: "not stated", never a default. "None of these" services is the empty list.
import { z } from 'zod/mini';
import {
  communitySizes,
  provinces,
  serviceLanguages,
  services,
  staffBands,
  type OrganizationProfile,
  type ProfileInput,
} from '../../domain/profile';
import { MAX_NAME_LENGTH } from '../../domain/limits';

const orNotStated = <T extends readonly [string, ...string[]]>(values: T) =>
  z.union([z.literal(''), z.enum(values)]);

export const profileFormSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1, 'nameRequired'), z.maxLength(MAX_NAME_LENGTH)),
  province: orNotStated(provinces),
  communitySize: orNotStated(communitySizes),
  staffBand: orNotStated(staffBands),
  services: z.array(z.enum(services)),
  noServices: z.boolean(),
  languages: z.array(z.enum(serviceLanguages)),
});
export type ProfileFormValues = z.infer<typeof profileFormSchema>;

export function formValues(profile: OrganizationProfile | null): ProfileFormValues {
  return {
    name: profile?.name ?? '',
    province: profile?.province ?? '',
    communitySize: profile?.communitySize ?? '',
    staffBand: profile?.staffBand ?? '',
    services: profile?.services ?? [],
    noServices: profile?.services?.length === 0,
    languages: profile?.languages ?? [],
  };
}

export function profileInput(values: ProfileFormValues): ProfileInput {
  const input: ProfileInput = { name: values.name };
  if (values.province !== '') input.province = values.province;
  if (values.communitySize !== '') input.communitySize = values.communitySize;
  if (values.staffBand !== '') input.staffBand = values.staffBand;
  if (values.noServices) input.services = [];
  else if (values.services.length > 0) input.services = values.services;
  if (values.languages.length > 0) input.languages = values.languages;
  return input;
}
