// The organization's profile (one per device).
import { database } from './database';
import { PROFILE_ID } from './profile-id';
import type { OrganizationProfile } from './records';
import { now } from './ids';

export type ProfileInput = Omit<OrganizationProfile, 'id' | 'updatedAt'>;

export async function getProfile(): Promise<OrganizationProfile | undefined> {
  return database().profile.get(PROFILE_ID);
}

export async function saveProfile(input: ProfileInput): Promise<void> {
  await database().profile.put({ ...input, id: PROFILE_ID, updatedAt: now() });
}
