// Saving the organization's profile.
import type { ProfileInput } from '../../domain/profile';
import { saveProfile as storeProfile } from '../../storage';
import { attemptSave } from '../save';

export function saveProfile(input: ProfileInput): Promise<boolean> {
  return attemptSave(() => storeProfile(input));
}
