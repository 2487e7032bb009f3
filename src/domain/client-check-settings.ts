// The shape of client mode's staff PIN setting, kept with the other device settings (domain/settings.ts)
// but apart from their schemas: only the client check screens read it, so the first screens do not
// carry its shape. (The agency's program list is kept as a plain list of names.)
import { z } from 'zod/mini';

/** The staff PIN that leaves client mode, as kept: a PBKDF2 hash with its salt, never the PIN. */
export const storedPinSchema = z.object({
  algorithm: z.literal('PBKDF2-SHA-256'),
  iterations: z.number(),
  salt: z.string(),
  hash: z.string(),
});
export type StoredPin = z.infer<typeof storedPinSchema>;
