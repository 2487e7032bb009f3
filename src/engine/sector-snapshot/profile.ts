// What a contribution says about the agency behind it: three coarse facts, each of which may be left
// unstated. Nothing finer (no name, no city) ever enters a contribution.
import { z } from 'zod/mini';
import { communitySizes } from '../community-sizes';
import { staffBands } from '../planning-rules';
import { provinces } from '../provinces';

export const sectorProfileSchema = z.strictObject({
  province: z.nullable(z.enum(provinces)),
  communitySize: z.nullable(z.enum(communitySizes)),
  staffBand: z.nullable(z.enum(staffBands)),
});
/** null means "not stated": such an agency counts in 'all' and never in a view of that attribute. */
export type SectorProfile = z.infer<typeof sectorProfileSchema>;
