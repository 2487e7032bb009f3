// The community sizes of the organization profile, smallest population last: where an agency works,
// used to group agencies of a similar kind in a sector snapshot.
export const communitySizes = ['large-urban', 'mid-size', 'small-rural'] as const;
export type CommunitySize = (typeof communitySizes)[number];
