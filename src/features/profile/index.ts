// The profile feature's public entry, for other screens. The form is loaded on demand: the home screen
// shows it on the first visit only, and returning users never load it (react-hook-form and zod).
import { lazy } from 'react';

export { ProfileFacts } from './ProfileFacts';

export const ProfileForm = lazy(() =>
  import('./ProfileForm').then((module) => ({ default: module.ProfileForm })),
);
