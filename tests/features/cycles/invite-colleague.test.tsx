// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCycle } from '../../../src/storage/cycles';
import { freshDatabase, renderApp } from '../../support/app';

const CYBER = 'cybersecurity-baseline';

async function openInvitation() {
  const cycle = await createCycle('Board review', [{ id: CYBER, version: '1.0.0' }], '2025');
  const user = userEvent.setup();
  renderApp(`#/cycles/${cycle.id}`);
  await user.click(
    await screen.findByRole('button', { name: 'Invite a colleague' }, { timeout: 10000 }),
  );
  const text = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Invitation' });
  await waitFor(() => {
    expect(text.value).not.toBe('');
  });
  return { user, text };
}

describe('inviting a colleague to answer', () => {
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('writes the steps to answer the chosen questionnaire and send the responses back', async () => {
    const { text } = await openInvitation();
    expect(text.value).toContain('“Cybersecurity baseline”');
    expect(text.value).toContain('Board review (2025)');
    expect(text.value).toContain('“Start a new assessment cycle”');
    expect(text.value).toContain('“Submit my answers”, then “Export these answers as a file”');
    expect(text.value).toContain('“Import answers from colleagues”');
  });

  it('opens the email program with the subject and body encoded in a mailto link', async () => {
    const { text } = await openInvitation();
    const link = screen.getByRole('link', { name: 'Open in my email program' });
    const href = link.getAttribute('href')!;
    expect(href.startsWith('mailto:?subject=')).toBe(true);
    const url = new URL(href);
    expect(url.searchParams.get('subject')).toBe(
      'Please answer the “Cybersecurity baseline” questionnaire in Boussole',
    );
    const body = url.searchParams.get('body')!;
    expect(body.replace(/\r\n/g, '\n')).toBe(text.value.split('\n\n').slice(1).join('\n\n'));
    expect(href).not.toContain(' ');
  });

  it('writes the invitation in French when chosen, whatever the interface language', async () => {
    const { user, text } = await openInvitation();
    await user.click(screen.getByRole('radio', { name: 'French' }));
    await waitFor(() => {
      expect(text.value).toContain('Niveau de base en cybersécurité');
    });
    expect(text.value).toContain('courriel');
    expect(text.value).toContain('«\u00a0Soumettre mes réponses\u00a0»');
  });

  it('copies the invitation to the clipboard and says so', async () => {
    const { user, text } = await openInvitation();
    // After userEvent's setup, which puts its own clipboard in place.
    const writeText = vi.fn(() => Promise.resolve());
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({
      writeText,
    } as unknown as Clipboard);
    await user.click(screen.getByRole('button', { name: 'Copy the invitation' }));
    expect(writeText).toHaveBeenCalledWith(text.value);
    expect(await screen.findByText(/Invitation copied/)).toBeInTheDocument();
  });

  it('selects the invitation for copying by hand when the clipboard refuses', async () => {
    const { user, text } = await openInvitation();
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({
      writeText: () => Promise.reject(new Error('denied')),
    } as unknown as Clipboard);
    await user.click(screen.getByRole('button', { name: 'Copy the invitation' }));
    expect(await screen.findByText(/press Ctrl\+C/)).toBeInTheDocument();
    expect(text).toHaveFocus();
    expect(text.selectionEnd - text.selectionStart).toBe(text.value.length);
  });
});
