// The profile feature's public entry, for other screens. The form is loaded on demand: the home screen
// shows it on the first visit only, and returning users never load it (react-hook-form and zod). The
// facts line under the organization's name loads just after the first screen, like the cycles' overview.
import { lazy } from 'react';

export const ProfileFacts = lazy(() =>
  import('./ProfileFacts').then((module) => ({ default: module.ProfileFacts })),
);

export const ProfileForm = lazy(() =>
  import('./ProfileForm').then((module) => ({ default: module.ProfileForm })),
);
