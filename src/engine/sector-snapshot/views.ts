// The views of a sector snapshot: all contributions, or exactly one value of one attribute. Their fixed
// order is the order of the benchmark file, of the CSV, and of ties in suppression.
import { z } from 'zod/mini';
import { communitySizes } from '../community-sizes';
import { staffBands } from '../planning-rules';
import { provinces } from '../provinces';
import type { SectorProfile } from './profile';
import { regionOf, regions } from './regions';

export const peerAttributes = ['region', 'province', 'communitySize', 'staffBand'] as const;
export type PeerAttribute = (typeof peerAttributes)[number];

/** The values each attribute can take, in the fixed order. */
export const attributeValues: Readonly<Record<PeerAttribute, readonly string[]>> = {
  region: regions,
  province: provinces,
  communitySize: communitySizes,
  staffBand: staffBands,
};

export const viewSchema = z.union([
  z.literal('all'),
  z.strictObject({ attribute: z.literal('region'), value: z.enum(regions) }),
  z.strictObject({ attribute: z.literal('province'), value: z.enum(provinces) }),
  z.strictObject({ attribute: z.literal('communitySize'), value: z.enum(communitySizes) }),
  z.strictObject({ attribute: z.literal('staffBand'), value: z.enum(staffBands) }),
]);
export type View = z.infer<typeof viewSchema>;

/**
 * Views that can contain one another: regions and provinces (a province lies inside its region), or
 * the values of one other attribute (which never overlap).
 */
export type ViewFamily = 'geography' | 'communitySize' | 'staffBand';

export interface ViewSpec {
  /** Position in the fixed order; 0 is 'all'. */
  index: number;
  view: View;
  key: string;
  family: ViewFamily | null;
  /** A province's region (its index); null otherwise. */
  parent: number | null;
}

export function viewKey(view: View): string {
  return view === 'all' ? 'all' : `${view.attribute}=${view.value}`;
}

const familyOf: Readonly<Record<PeerAttribute, ViewFamily>> = {
  region: 'geography',
  province: 'geography',
  communitySize: 'communitySize',
  staffBand: 'staffBand',
};

function buildViews(): ViewSpec[] {
  const views: ViewSpec[] = [{ index: 0, view: 'all', key: 'all', family: null, parent: null }];
  const add = (view: View & object, parent: number | null) => {
    views.push({
      index: views.length,
      view,
      key: viewKey(view),
      family: familyOf[view.attribute],
      parent,
    });
  };
  for (const value of regions) add({ attribute: 'region', value }, null);
  for (const value of provinces)
    add({ attribute: 'province', value }, 1 + regions.indexOf(regionOf(value)));
  for (const value of communitySizes) add({ attribute: 'communitySize', value }, null);
  for (const value of staffBands) add({ attribute: 'staffBand', value }, null);
  return views;
}

/** Every view in the fixed order: all, regions, provinces, community sizes, staff bands. */
export const viewList: readonly ViewSpec[] = buildViews();
const indexByKey = new Map(viewList.map((spec) => [spec.key, spec.index]));

export function viewIndex(view: View): number {
  const index = indexByKey.get(viewKey(view));
  if (index === undefined) throw new Error(`unknown view ${viewKey(view)}`);
  return index;
}

/** The view of one attribute a profile belongs to; null when the profile does not state it. */
export function profileView(profile: SectorProfile, attribute: PeerAttribute): View | null {
  switch (attribute) {
    case 'region':
      return profile.province === null ? null : { attribute, value: regionOf(profile.province) };
    case 'province':
      return profile.province === null ? null : { attribute, value: profile.province };
    case 'communitySize':
      return profile.communitySize === null ? null : { attribute, value: profile.communitySize };
    case 'staffBand':
      return profile.staffBand === null ? null : { attribute, value: profile.staffBand };
  }
}

/** Indices of every view a profile counts in: 'all' and one per stated attribute. */
export function profileViewIndices(profile: SectorProfile): number[] {
  const indices = [0];
  for (const attribute of peerAttributes) {
    const view = profileView(profile, attribute);
    if (view !== null) indices.push(viewIndex(view));
  }
  return indices;
}

// Agencies with the same (province, community size, staff band) count in the same views: tallying per
// profile first and spreading to views once makes aggregation one increment per contribution.
const provinceSlots = [...provinces, null] as const;
const sizeSlots = [...communitySizes, null] as const;
const bandSlots = [...staffBands, null] as const;

/** How many distinct profiles there are ("not stated" included). */
export const profileCount = provinceSlots.length * sizeSlots.length * bandSlots.length;

/** A number 0..profileCount − 1 naming the profile's combination of stated values. */
export function profileIndex(profile: SectorProfile): number {
  const province = provinceSlots.indexOf(profile.province);
  const size = sizeSlots.indexOf(profile.communitySize);
  const band = bandSlots.indexOf(profile.staffBand);
  return (province * sizeSlots.length + size) * bandSlots.length + band;
}

/** The view indices of each profile index. */
export const viewsOfProfile: readonly (readonly number[])[] = provinceSlots.flatMap((province) =>
  sizeSlots.flatMap((communitySize) =>
    bandSlots.map((staffBand) => profileViewIndices({ province, communitySize, staffBand })),
  ),
);
