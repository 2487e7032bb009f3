// The stored profile keeps what the person chose: existing full profiles unchanged, facts left empty
// absent (never a sentinel value), and both kinds survive a backup.
import { beforeEach, describe, expect, it } from 'vitest';
import { getProfile, saveProfile } from '../../src/storage/profile';
import { PROFILE_ID, profileSchema, type OrganizationProfile } from '../../src/domain/profile';
import { buildBackup, parseBackup } from '../../src/storage/transfer/backup-file';
import { freshDatabase } from '../support/app';

const existing: OrganizationProfile = {
  id: PROFILE_ID,
  name: 'Centre d’accueil de Rivière-du-Loup',
  province: 'QC',
  communitySize: 'small-rural',
  staffBand: '6-15',
  services: ['settlement', 'language'],
  languages: ['fr', 'en'],
  updatedAt: '2025-11-02T09:15:00.000-05:00',
};

describe('the organization profile', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('loads a profile stored before facts became optional exactly as it was', async () => {
    await freshDatabase().profile.put(existing);
    expect(await getProfile()).toEqual(existing);
    expect(profileSchema.safeParse(existing).success).toBe(true);
  });

  it('stores a profile with only a name, the other facts absent', async () => {
    await saveProfile({ name: 'Centre' });
    const saved = await getProfile();
    // Besides the name, only what every record carries: its key, when and by which writes it was saved.
    expect(Object.keys(saved ?? {}).sort()).toEqual(['id', 'name', 'revision', 'updatedAt']);
    expect(profileSchema.safeParse(saved).success).toBe(true);
  });

  it('keeps “none of these” services (an empty list) apart from services not stated', () => {
    const { services: _s, ...notStated } = existing;
    expect(profileSchema.safeParse({ ...existing, services: [] }).success).toBe(true);
    expect(profileSchema.safeParse(notStated).success).toBe(true);
  });

  it('refuses a placeholder standing in for a fact that was not stated', () => {
    for (const placeholder of [
      { province: '' },
      { staffBand: 'unknown' },
      { communitySize: null },
      { languages: [] },
    ]) {
      expect(profileSchema.safeParse({ ...existing, ...placeholder }).success).toBe(false);
    }
  });

  it('goes through a backup whether its facts were stated or not', async () => {
    await saveProfile({ name: 'Centre', services: [] });
    const backup = JSON.parse(JSON.stringify(await buildBackup())) as unknown;
    const parsed = parseBackup(backup);
    expect(parsed.ok && parsed.value.profile).toMatchObject({ name: 'Centre', services: [] });
    expect(parsed.ok && parsed.value.profile).not.toHaveProperty('province');

    await freshDatabase().profile.put(existing);
    const full = parseBackup(JSON.parse(JSON.stringify(await buildBackup())) as unknown);
    expect(full.ok && full.value.profile).toEqual(existing);
  });
});
