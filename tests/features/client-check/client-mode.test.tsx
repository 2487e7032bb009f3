// @vitest-environment jsdom
// Client mode as a client meets it: the language first, one question per screen, the result in their
// language, and nothing kept but the anonymous record.
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClientModeApp } from '../../../src/features/client-check/mode/ClientModeApp';
import { IDLE_RESET_MS } from '../../../src/features/client-check/mode/use-idle-reset';
import { createCycle } from '../../../src/storage/cycles';
import { database } from '../../../src/storage/database';
import { DEVICE_ID_KEY } from '../../../src/storage/device-id';
import { freshDatabase, renderWithI18n } from '../../support/app';
import { clientCheck } from '../../support/client-check';
import { withVoices } from '../../support/speech';

const questions = clientCheck.definition.questions;

async function setUp(program?: string) {
  const cycle = await createCycle('Autoévaluation 2026', [
    { id: 'digital-maturity', version: '1.1.0' },
  ]);
  const session = { cycleId: cycle.id, wrongPins: 0, ...(program ? { program } : {}) };
  const print = vi.fn();
  const view = renderWithI18n(<ClientModeApp session={session} print={print} reload={vi.fn()} />);
  return { cycle, print, view };
}

/** Answers every question with the answer at `pick` (0: the first, e.g. "alone"). */
async function answerAll(user: ReturnType<typeof userEvent.setup>, pick = 0) {
  for (const question of questions) {
    const group = await screen.findByRole('group');
    const buttons = within(group).getAllByRole('button');
    expect(buttons).toHaveLength(question.options.length);
    await user.click(buttons[Math.min(pick, buttons.length - 1)]!);
  }
}

describe('client mode', () => {
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('opens on the language choice, each language by its own name and in its own direction', async () => {
    await setUp();
    const arabic = await screen.findByRole('button', { name: 'العربية' });
    expect(arabic).toHaveAttribute('lang', 'ar');
    expect(arabic).toHaveAttribute('dir', 'rtl');
    for (const name of ['English', 'Français', 'Español', 'Українська', '中文（简体）'])
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    // no navigation, no agency data
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.queryByText('Autoévaluation 2026')).not.toBeInTheDocument();
  });

  it('runs the check in Arabic, right to left, and shows the result in Arabic', async () => {
    const user = userEvent.setup();
    const { view, print } = await setUp();
    await user.click(await screen.findByRole('button', { name: 'العربية' }));
    const root = view.container.querySelector('.client-mode');
    expect(root).toHaveAttribute('dir', 'rtl');
    expect(root).toHaveAttribute('lang', 'ar');
    expect(
      screen.getByText('لا نحفظ إجاباتك. نحتفظ فقط بمستواك في كل مجال، بدون اسم.'),
    ).toBeVisible();
    expect(screen.getByText('ترجمة لم يراجعها بعدُ شخص يتقن العربية')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'البدء' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'هل لديك هاتف أو جهاز لوحي أو حاسوب؟' }),
    ).toHaveFocus();
    expect(screen.getByRole('img', { name: 'حاسوب محمول وهاتف.' })).toBeInTheDocument();
    expect(
      screen.getByText(`السؤال 1 من ${String(questions.length)} · هاتفك والإنترنت`),
    ).toBeVisible();
    await answerAll(user, 0);

    expect(await screen.findByRole('heading', { level: 1, name: 'نتيجتك' })).toBeVisible();
    expect(screen.getAllByText('بثقة')).toHaveLength(5);
    await user.click(screen.getByRole('button', { name: 'الطباعة' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('keeps only the anonymous record: month, program, language, how, level per area', async () => {
    const user = userEvent.setup();
    const { cycle } = await setUp('LINC');
    await user.click(await screen.findByRole('button', { name: 'Español' }));
    await user.click(screen.getByRole('button', { name: 'Empezar' }));
    await answerAll(user, 1); // "with help" (and "shared", "sometimes" for access)
    await screen.findByRole('heading', { level: 1, name: 'Su resultado' });
    const records = await database().clientChecks.toArray();
    expect(records).toHaveLength(1);
    const [record] = records;
    // The revision names only this browser's random device id (device-id.ts), never a person.
    const device = (await database().settings.get(DEVICE_ID_KEY))?.value;
    expect(device).toMatch(/^[0-9a-f]{16}$/);
    const month = `${String(new Date().getFullYear())}-${String(new Date().getMonth() + 1).padStart(2, '0')}`;
    expect(record).toEqual({
      id: expect.any(String) as string,
      cycleId: cycle.id,
      month,
      questionnaireId: 'newcomer-digital-skills',
      version: '1.0.0',
      language: 'es',
      mode: 'client-mode',
      program: 'LINC',
      levels: {
        device: 'building',
        communicating: 'building',
        information: 'building',
        transacting: 'building',
        safety: 'building',
      },
      revision: { vector: { [String(device)]: 1 }, by: device },
    });
    // nothing of the answers anywhere else in the database either
    expect(await database().answers.count()).toBe(0);
    expect(await database().responses.count()).toBe(0);
  });

  it('shows the client at most three things to learn next, with the kinds of help', async () => {
    const user = userEvent.setup();
    await setUp();
    await user.click(await screen.findByRole('button', { name: 'English' }));
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answerAll(user, 2); // no device, no internet, "cannot do this yet"
    const learnNext = await screen.findByRole('region', { name: 'What to learn next' });
    const items = within(learnNext).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('Next, you could borrow a tablet or a laptop.');
    expect(items[0]).toHaveTextContent('Kinds of help Device or internet lending');
    expect(screen.getAllByText('Getting started')).toHaveLength(5);
    expect(
      within(screen.getByRole('region', { name: 'What you can already do' })).getByText(
        'You are just starting. That is fine. Someone can help you take the first steps.',
      ),
    ).toBeVisible();
  });

  it('goes back to the language choice after Finish, with nothing of the last client left', async () => {
    const user = userEvent.setup();
    await setUp();
    await user.click(await screen.findByRole('button', { name: 'English' }));
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answerAll(user, 0);
    await user.click(await screen.findByRole('button', { name: 'Finish' }));
    expect(await screen.findByRole('button', { name: 'العربية' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'English' }));
    await user.click(screen.getByRole('button', { name: 'Start' }));
    const group = await screen.findByRole('group');
    for (const button of within(group).getAllByRole('button'))
      expect(button).toHaveAttribute('aria-pressed', 'false');
  });

  it('lets the client go back a question and shows the answer they gave', async () => {
    const user = userEvent.setup();
    await setUp();
    await user.click(await screen.findByRole('button', { name: 'English' }));
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.click(
      await screen.findByRole('button', { name: 'I share one with family or friends' }),
    );
    await user.click(await screen.findByRole('button', { name: 'Back' }));
    expect(
      await screen.findByRole('button', { name: 'I share one with family or friends' }),
    ).toHaveAttribute('aria-pressed', 'true');
  });

  it('returns to the start after five minutes without a touch, dropping the answers', async () => {
    // The cycle is stored before the clock is faked: storage's own timers stay real.
    await setUp();
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    await user.click(await screen.findByRole('button', { name: 'English' }));
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.click(await screen.findByRole('button', { name: 'Yes, my own' }));
    act(() => {
      vi.advanceTimersByTime(IDLE_RESET_MS + 1000);
    });
    expect(await screen.findByRole('button', { name: 'العربية' })).toBeVisible();
    expect(await database().clientChecks.count()).toBe(0);
  });

  it('offers read-aloud only where the browser has a voice for the language', async () => {
    const user = userEvent.setup();
    const restore = withVoices(['es-MX', 'en-US']);
    try {
      await setUp();
      await user.click(await screen.findByRole('button', { name: 'Español' }));
      expect(await screen.findByRole('button', { name: /Escuchar/ })).toBeVisible();
      await user.click(screen.getByRole('button', { name: 'Atrás' }));
      await user.click(await screen.findByRole('button', { name: 'العربية' }));
      await screen.findByRole('heading', { level: 1, name: 'فحص المهارات الرقمية' });
      expect(screen.queryByRole('button', { name: /الاستماع/ })).not.toBeInTheDocument();
    } finally {
      restore();
    }
  });
});
