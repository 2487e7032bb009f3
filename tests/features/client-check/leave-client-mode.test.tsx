// @vitest-environment jsdom
// Leaving client mode: only with the staff PIN, whose hash alone is kept; wrong tries are limited; a
// forgotten PIN means a long, announced wait, never a locked-out agency.
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LeaveClientMode } from '../../../src/features/client-check/mode/LeaveClientMode';
import { CLIENT_MODE_KEY, clientModeOn } from '../../../src/state/client-mode-flag';
import {
  LEAVE_WITHOUT_PIN_MS,
  readClientModeSession,
  writeClientModeSession,
} from '../../../src/state/client-mode-session';
import { checkStaffPin, setStaffPin } from '../../../src/state/commands/staff-pin';
import { database } from '../../../src/storage/database';
import { freshDatabase, renderWithI18n } from '../../support/app';

/** The PIN's hash is slow on purpose (600,000 PBKDF2 rounds): on a busy machine it takes seconds. */
const HASH_WAIT = { timeout: 15_000 };

const PIN = '4821';

beforeEach(async () => {
  freshDatabase();
  localStorage.clear();
  writeClientModeSession({ cycleId: 'cycle-1', wrongPins: 0 });
  await setStaffPin(PIN);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** Types a PIN and submits it, then waits until it has been checked (the button is usable again). */
async function typePin(user: ReturnType<typeof userEvent.setup>, pin: string) {
  await user.clear(screen.getByLabelText('Staff PIN'));
  await user.type(screen.getByLabelText('Staff PIN'), pin);
  const leave = screen.getByRole('button', { name: 'Leave client mode' });
  await user.click(leave);
  await vi.waitFor(() => {
    expect(leave).toBeEnabled();
  }, HASH_WAIT);
}

describe('the staff PIN', () => {
  it('is kept only as a salted hash: the PIN itself is nowhere in the database', async () => {
    const settings = await database().settings.toArray();
    const stored = JSON.stringify(settings);
    expect(stored).not.toContain(PIN);
    expect(settings.find((s) => s.key === 'clientModePin')?.value).toMatchObject({
      algorithm: 'PBKDF2-SHA-256',
      iterations: 600_000,
    });
    expect(await checkStaffPin(PIN)).toBe(true);
    expect(await checkStaffPin('4822')).toBe(false);
  });

  it('gets a new salt each time it is set, so equal PINs do not look alike', async () => {
    const first = JSON.stringify(await database().settings.get('clientModePin'));
    await setStaffPin(PIN);
    expect(JSON.stringify(await database().settings.get('clientModePin'))).not.toBe(first);
  });
});

describe('leaving client mode', () => {
  it('leaves with the right PIN, and only then', async () => {
    const user = userEvent.setup();
    const reload = vi.fn();
    renderWithI18n(<LeaveClientMode reload={reload} />);
    await user.click(await screen.findByRole('button', { name: 'Staff: leave client mode' }));
    await typePin(user, '1111');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That is not the staff PIN. 4 more tries before a one-minute wait.',
    );
    expect(clientModeOn()).toBe(true);
    expect(reload).not.toHaveBeenCalled();
    await typePin(user, PIN);
    await vi.waitFor(() => {
      expect(reload).toHaveBeenCalledTimes(1);
    }, HASH_WAIT);
    expect(localStorage.getItem(CLIENT_MODE_KEY)).toBeNull();
  });

  it('refuses even the right PIN for a minute after five wrong ones, reloads included', async () => {
    const user = userEvent.setup();
    const reload = vi.fn();
    let time = 1_000_000;
    const view = renderWithI18n(<LeaveClientMode reload={reload} now={() => time} />);
    await user.click(await screen.findByRole('button', { name: 'Staff: leave client mode' }));
    for (let tries = 0; tries < 5; tries++) await typePin(user, '0000');
    expect(screen.getByRole('alert')).toHaveTextContent('Too many wrong PINs.');
    view.unmount(); // a reload keeps the count: it is stored with the session
    renderWithI18n(<LeaveClientMode reload={reload} now={() => time} />);
    await user.click(await screen.findByRole('button', { name: 'Staff: leave client mode' }));
    await typePin(user, PIN);
    expect(screen.getByRole('alert')).toHaveTextContent('Too many wrong PINs.');
    expect(reload).not.toHaveBeenCalled();
    time += 61_000;
    await typePin(user, PIN);
    await vi.waitFor(() => {
      expect(reload).toHaveBeenCalledTimes(1);
    }, HASH_WAIT);
  });

  it('ends client mode 30 minutes after a forgotten PIN, saying so all along, unless cancelled', async () => {
    const user = userEvent.setup();
    const reload = vi.fn();
    let time = 5_000_000;
    vi.useFakeTimers({ shouldAdvanceTime: true });
    renderWithI18n(<LeaveClientMode reload={reload} now={() => time} />);
    await user.click(await screen.findByRole('button', { name: 'Staff: leave client mode' }));
    await user.click(screen.getByText('Forgot the PIN?'));
    await user.click(screen.getByRole('button', { name: 'End client mode in 30 minutes' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'A staff member asked to leave client mode without the PIN: it ends in 30 minutes.',
    );
    expect(readClientModeSession()?.leaveWithoutPinAt).toBe(time + LEAVE_WITHOUT_PIN_MS);
    time += LEAVE_WITHOUT_PIN_MS - 60_000;
    act(() => {
      vi.advanceTimersByTime(15_000);
    });
    expect(screen.getByRole('status')).toHaveTextContent('it ends in 1 minute.');
    expect(reload).not.toHaveBeenCalled();
    time += 60_000;
    act(() => {
      vi.advanceTimersByTime(15_000);
    });
    expect(reload).toHaveBeenCalledTimes(1);
    expect(clientModeOn()).toBe(false);
  });

  it('keeps client mode when the wait is cancelled', async () => {
    const user = userEvent.setup();
    renderWithI18n(<LeaveClientMode reload={vi.fn()} />);
    await user.click(await screen.findByRole('button', { name: 'Staff: leave client mode' }));
    await user.click(screen.getByText('Forgot the PIN?'));
    await user.click(screen.getByRole('button', { name: 'End client mode in 30 minutes' }));
    await user.click(screen.getByRole('button', { name: 'Keep client mode on' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(readClientModeSession()?.leaveWithoutPinAt).toBeUndefined();
    expect(clientModeOn()).toBe(true);
  });
});
