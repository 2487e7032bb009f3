// Whether this device is in client mode (a client answers the skills check, with no agency data on
// screen). Read before the first render, so it is only a flag; the session itself is in
// client-mode-session.ts, loaded with client mode.

export const CLIENT_MODE_KEY = 'boussole.clientMode';

export function clientModeOn(): boolean {
  try {
    return localStorage.getItem(CLIENT_MODE_KEY) !== null;
  } catch {
    return false; // storage blocked: client mode cannot be kept, so it is off
  }
}
