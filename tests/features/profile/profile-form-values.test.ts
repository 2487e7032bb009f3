import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { MAX_NAME_LENGTH } from '../../../src/domain/limits';
import { PROFILE_ID, profileSchema } from '../../../src/domain/profile';
import { formValues, profileFormSchema } from '../../../src/features/profile/profile-form-values';

const storedProfile = (name: string) => ({
  id: PROFILE_ID,
  name,
  updatedAt: '2026-03-01T10:00:00.000Z',
});
const formAccepts = (name: string) =>
  z.safeParse(profileFormSchema, { ...formValues(null), name }).success;
const storageAccepts = (name: string) => z.safeParse(profileSchema, storedProfile(name)).success;

describe('the organization name’s length limit', () => {
  it('is the same in the form as in the stored profile: the longest name allowed is accepted by both', () => {
    const longest = 'é'.repeat(MAX_NAME_LENGTH);
    expect(formAccepts(longest)).toBe(true);
    expect(storageAccepts(longest)).toBe(true);
  });

  it('is the same in the form as in the stored profile: one character more is refused by both', () => {
    const tooLong = 'é'.repeat(MAX_NAME_LENGTH + 1);
    expect(formAccepts(tooLong)).toBe(false);
    expect(storageAccepts(tooLong)).toBe(false);
  });
});
