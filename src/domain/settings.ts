// Small device settings kept with the data, by key, each with the shape of its value. Not part of
// backups: they describe this device, not the organization.
import { z } from 'zod/mini';

export const settingSchemas = {
  /** The route the person was last on (its #/… address), to reopen there. */
  lastPlace: z.string().check(z.maxLength(2000)),
  /** The staff PIN that leaves client mode, as kept: a PBKDF2 hash with its salt, never the PIN. */
  clientModePin: z.object({
    algorithm: z.literal('PBKDF2-SHA-256'),
    iterations: z.number(),
    salt: z.string(),
    hash: z.string(),
  }),
  /** The agency's programs a client skills check may be counted in. */
  clientCheckPrograms: z.array(z.string()),
};
export type SettingKey = keyof typeof settingSchemas;
export type SettingValue<K extends SettingKey> = z.infer<(typeof settingSchemas)[K]>;
export type StoredPin = SettingValue<'clientModePin'>;

/** How a setting is stored; its value is parsed with its key's schema on the way out. */
export interface SettingRecord {
  key: string;
  value: unknown;
}
