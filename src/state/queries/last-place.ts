// Where the person was when they last used the app (a #/… address), to reopen there.
import { getSetting } from '../../storage';

export const readLastPlace = () => getSetting('lastPlace');
