// The client mode session kept on this device while client mode is on: which cycle the checks count in
// and the program the worker picked. It lives in localStorage so every tab and every reload opens in
// client mode until a staff member leaves it with the PIN (see main.tsx). Entering and leaving reload
// the page: nothing the agency screens had read stays in memory while a client holds the device.
import { z } from 'zod/mini';
import { programNameSchema } from '../domain/client-check-record';
import { CLIENT_MODE_KEY } from './client-mode-flag';

const sessionSchema = z.strictObject({
  cycleId: z.string().check(z.minLength(1), z.maxLength(100)),
  program: z.optional(programNameSchema),
  /** Wrong PIN entries in a row, and until when leaving is refused after too many (ms since epoch). */
  wrongPins: z._default(z.number(), 0),
  lockedUntil: z.optional(z.number()),
  /** When a staff member who forgot the PIN may leave (ms since epoch), once they asked to. */
  leaveWithoutPinAt: z.optional(z.number()),
});
export type ClientModeSession = z.infer<typeof sessionSchema>;

export function readClientModeSession(): ClientModeSession | null {
  try {
    const raw = localStorage.getItem(CLIENT_MODE_KEY);
    if (raw === null) return null;
    const parsed = sessionSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeClientModeSession(session: ClientModeSession): void {
  localStorage.setItem(CLIENT_MODE_KEY, JSON.stringify(session));
}

/** Switches this device to client mode (every open tab follows, see main.tsx). */
export function enterClientMode(
  session: Pick<ClientModeSession, 'cycleId' | 'program'>,
  reload: () => void = () => location.reload(),
): void {
  writeClientModeSession({ ...session, wrongPins: 0 });
  reload();
}

export function leaveClientMode(reload: () => void = () => location.reload()): void {
  localStorage.removeItem(CLIENT_MODE_KEY);
  reload();
}

/** Wrong PIN entries allowed in a row before leaving is refused for a while. */
export const WRONG_PINS_ALLOWED = 5;
export const LOCK_MS = 60_000;
/** How long a staff member who forgot the PIN waits, the screen saying so, before client mode ends. */
export const LEAVE_WITHOUT_PIN_MS = 30 * 60_000;

export type LeaveAttempt =
  | { outcome: 'left' }
  | { outcome: 'wrong-pin'; triesLeft: number }
  | { outcome: 'locked'; until: number };

/**
 * Leaves client mode when `pin` is the staff PIN. After WRONG_PINS_ALLOWED wrong entries in a row,
 * leaving is refused for LOCK_MS, reloads included (the count is kept with the session).
 */
export async function leaveWithPin(
  pin: string,
  check: (pin: string) => Promise<boolean>,
  reload?: () => void,
  now = Date.now(),
): Promise<LeaveAttempt> {
  const session = readClientModeSession();
  if (session?.lockedUntil !== undefined && session.lockedUntil > now)
    return { outcome: 'locked', until: session.lockedUntil };
  if (await check(pin)) {
    leaveClientMode(reload);
    return { outcome: 'left' };
  }
  if (session === null) return { outcome: 'wrong-pin', triesLeft: 0 };
  const wrongPins = session.wrongPins + 1;
  if (wrongPins >= WRONG_PINS_ALLOWED) {
    const until = now + LOCK_MS;
    writeClientModeSession({ ...session, wrongPins: 0, lockedUntil: until });
    return { outcome: 'locked', until };
  }
  const { lockedUntil: _over, ...rest } = session;
  writeClientModeSession({ ...rest, wrongPins });
  return { outcome: 'wrong-pin', triesLeft: WRONG_PINS_ALLOWED - wrongPins };
}

/** Starts the wait after which client mode ends without the PIN; returns when that is. */
export function askToLeaveWithoutPin(now = Date.now()): number {
  const session = readClientModeSession();
  const at = session?.leaveWithoutPinAt ?? now + LEAVE_WITHOUT_PIN_MS;
  if (session) writeClientModeSession({ ...session, leaveWithoutPinAt: at });
  return at;
}

export function cancelLeaveWithoutPin(): void {
  const session = readClientModeSession();
  if (!session) return;
  const { leaveWithoutPinAt: _cancelled, ...rest } = session;
  writeClientModeSession(rest);
}
