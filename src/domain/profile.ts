// The organization's profile: one per device. Only the name is required.
import { z } from 'zod/mini';
import { staffBands } from '../engine/planning-rules';
import { provinces } from '../engine/provinces';
import { isoDate, name, revision } from './fields';
import { PROFILE_ID } from './profile-id';

export { provinces, staffBands };

export const communitySizes = ['large-urban', 'mid-size', 'small-rural'] as const;
export const services = [
  'settlement',
  'language',
  'employment',
  'resettlement',
  'youth',
  'women',
  'mental-health',
  'community-connections',
] as const;
export const serviceLanguages = ['en', 'fr'] as const;

/** The profile's key: a device holds one organization. */
export { PROFILE_ID };

/** Only the name is required. A fact the person did not choose is absent ("not stated"), never a
 * default. `services: []` is a choice ("none of these"); no `services` is "not stated". */
export const profileSchema = z.strictObject({
  id: z.literal(PROFILE_ID),
  name,
  province: z.optional(z.enum(provinces)),
  communitySize: z.optional(z.enum(communitySizes)),
  staffBand: z.optional(z.enum(staffBands)),
  services: z.optional(z.array(z.enum(services)).check(z.maxLength(services.length))),
  languages: z.optional(z.array(z.enum(serviceLanguages)).check(z.minLength(1), z.maxLength(2))),
  updatedAt: isoDate,
  revision,
});
export type OrganizationProfile = z.infer<typeof profileSchema>;

/** What the person gives; the key and the time are added when it is saved. */
export type ProfileInput = Omit<OrganizationProfile, 'id' | 'updatedAt' | 'revision'>;
