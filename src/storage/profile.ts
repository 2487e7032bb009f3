// The organization's profile (one per device).
import { database } from './database';
import { PROFILE_ID, type OrganizationProfile, type ProfileInput } from '../domain/profile';
import { now } from './ids';

export async function getProfile(): Promise<OrganizationProfile | undefined> {
  return database().profile.get(PROFILE_ID);
}

export async function saveProfile(input: ProfileInput): Promise<void> {
  await database().profile.put({ ...input, id: PROFILE_ID, updatedAt: now() });
}
