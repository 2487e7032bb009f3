// The organization's profile (one per device).
import { database } from './database';
import { writingDevice } from './writing-device';
import { PROFILE_ID } from '../domain/profile-id';
import type { OrganizationProfile, ProfileInput } from '../domain/profile';
import { now } from './ids';
import { bump } from './revision';

export async function getProfile(): Promise<OrganizationProfile | undefined> {
  return database().profile.get(PROFILE_ID);
}

export async function saveProfile(input: ProfileInput): Promise<void> {
  const db = database();
  const device = await writingDevice(db);
  await db.transaction('rw', db.profile, async () => {
    const existing = await db.profile.get(PROFILE_ID);
    await db.profile.put({
      ...input,
      id: PROFILE_ID,
      updatedAt: now(),
      revision: bump(existing?.revision, device),
    });
  });
}
