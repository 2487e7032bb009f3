// The staff PIN that leaves client mode. Only a salted PBKDF2-SHA-256 hash is kept on the device
// (storage/client-checks.ts), never the PIN. A 4-to-8-digit PIN is a small space, so the hash is slow on
// purpose and wrong entries are limited (../client-mode-session.ts): it keeps a client from leaving client
// mode, it does not protect data from someone with the browser's own tools.
import type { StoredPin } from '../../domain/client-check-settings';
import { loadClientChecks } from '../../storage';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256. */
export const PIN_ITERATIONS = 600_000;
export const PIN_PATTERN = /^\d{4,8}$/;

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt.slice(), iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

export async function hashPin(pin: string, iterations = PIN_ITERATIONS): Promise<StoredPin> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return {
    algorithm: 'PBKDF2-SHA-256',
    iterations,
    salt: toBase64(salt),
    hash: toBase64(await derive(pin, salt, iterations)),
  };
}

export async function pinMatches(pin: string, stored: StoredPin): Promise<boolean> {
  const expected = fromBase64(stored.hash);
  const actual = await derive(pin, fromBase64(stored.salt), stored.iterations);
  // Compared in full whatever differs first.
  let difference = expected.length ^ actual.length;
  for (let i = 0; i < expected.length; i++) difference |= (expected[i] ?? 0) ^ (actual[i] ?? 0);
  return difference === 0;
}

export async function setStaffPin(pin: string): Promise<void> {
  if (!PIN_PATTERN.test(pin)) throw new Error('a staff PIN is 4 to 8 digits');
  const stored = await hashPin(pin);
  await (await loadClientChecks()).setStoredPin(stored);
}

/** Whether a staff PIN is set (read inside a live read: the module loads through Promise.resolve). */
export async function staffPinIsSet(): Promise<boolean> {
  const clientChecks = await Promise.resolve(loadClientChecks());
  return (await clientChecks.getStoredPin()) !== null;
}

/** Whether the PIN is the staff PIN; false when none is set. */
export async function checkStaffPin(pin: string): Promise<boolean> {
  const stored = await (await loadClientChecks()).getStoredPin();
  return stored !== null && (await pinMatches(pin, stored));
}
