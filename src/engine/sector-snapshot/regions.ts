// The regions a sector snapshot can group provinces into: each province and territory lies in exactly
// one, so a region's agencies are the sum of its provinces' agencies.
import type { Province } from '../provinces';

export const regions = ['atlantic', 'quebec', 'ontario', 'prairies', 'bc', 'north'] as const;
export type Region = (typeof regions)[number];

const regionByProvince: Readonly<Record<Province, Region>> = {
  NB: 'atlantic',
  NL: 'atlantic',
  NS: 'atlantic',
  PE: 'atlantic',
  QC: 'quebec',
  ON: 'ontario',
  AB: 'prairies',
  MB: 'prairies',
  SK: 'prairies',
  BC: 'bc',
  NT: 'north',
  NU: 'north',
  YT: 'north',
};

export function regionOf(province: Province): Region {
  return regionByProvince[province];
}
