// The key of the one organization profile a device holds. Its own module so that reading the profile
// at start-up does not build every record schema (records.ts) before the first screen.
export const PROFILE_ID = 'organization';
