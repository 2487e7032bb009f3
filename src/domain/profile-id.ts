// The key of the one organization profile on a device. Its own module: the first screens read the
// profile, and importing the record schemas (records.ts) for one constant would bring them along.
export const PROFILE_ID = 'organization';
