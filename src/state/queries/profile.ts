// The organization's profile, for the screens (live) and the report (read once). `null`: none yet.
import type { OrganizationProfile } from '../../domain/profile';
import { getProfile } from '../../storage';
import { useLive } from './use-live';

export const readProfile = async (): Promise<OrganizationProfile | null> =>
  (await getProfile()) ?? null;

export const useProfile = () => useLive(readProfile, []);
