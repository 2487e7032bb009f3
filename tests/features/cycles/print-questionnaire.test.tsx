// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadQuestionnaire } from '../../../src/content/catalog';
import { frenchTypography } from '../../../src/lib/typography';
import { freshDatabase, renderApp } from '../../support/app';

const CYBER = 'cybersecurity-baseline';

describe('the printable blank questionnaire', () => {
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('lists every question with boxes to tick, in English', async () => {
    const { definition } = await loadQuestionnaire(CYBER, '1.0.0');
    renderApp(`#/print/${CYBER}/1.0.0/en`);
    const sheet = await screen.findByRole('article', { name: definition.title.en });
    const items = within(sheet)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('print-question'));
    expect(items).toHaveLength(definition.questions.length);
    for (const question of definition.questions) {
      expect(within(sheet).getByText(question.prompt.en)).toBeInTheDocument();
    }
    expect(sheet).toHaveTextContent('☐ Yes');
    expect(sheet).toHaveTextContent("☐ Don't know");
    expect(sheet).toHaveAttribute('lang', 'en');
  });

  it('prints in French when chosen, every question in French', async () => {
    const { definition } = await loadQuestionnaire(CYBER, '1.0.0');
    renderApp(`#/print/${CYBER}/1.0.0/fr`);
    const sheet = await screen.findByRole('article', { name: definition.title.fr });
    for (const question of definition.questions) {
      expect(sheet.textContent).toContain(frenchTypography(question.prompt.fr).slice(0, 20));
    }
    expect(sheet).toHaveTextContent('☐ Oui');
    expect(sheet).toHaveAttribute('lang', 'fr');
  });

  it('opens the browser’s print dialog from its print button', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const user = userEvent.setup();
    renderApp(`#/print/${CYBER}/1.0.0/en`);
    await user.click(await screen.findByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
  });
});
