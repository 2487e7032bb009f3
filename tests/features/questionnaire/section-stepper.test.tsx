// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../../src/content/catalog';
import type { Answers } from '../../../src/engine/answer';
import type { PreparedQuestionnaire } from '../../../src/engine/prepare';
import { responseProgress } from '../../../src/engine/progress';
import SectionStepper from '../../../src/features/questionnaire/SectionStepper';
import { createI18n } from '../../../src/lib/i18n';
import type { Language } from '../../../src/lib/typography';
import { renderWithI18n } from '../../support/app';

/** Answers every question of the first section and one question of the second. */
function someAnswers(questionnaire: PreparedQuestionnaire): Answers {
  const [first, second] = questionnaire.definition.dimensions;
  const ids = [
    ...(questionnaire.questionsByDimension.get(first?.id ?? '') ?? []),
    ...(questionnaire.questionsByDimension.get(second?.id ?? '') ?? []).slice(0, 1),
  ].map((question) => question.id);
  return Object.fromEntries(ids.map((id) => [id, { special: 'dont-know' as const }]));
}

async function showStepper(page: (q: PreparedQuestionnaire) => string, language: Language = 'en') {
  const questionnaire = await loadQuestionnaire('cybersecurity-baseline', '1.0.0');
  const progress = responseProgress(questionnaire, someAnswers(questionnaire));
  const props = { questionnaire, responseId: 'r1', progress };
  const view = renderWithI18n(<SectionStepper {...props} page={page(questionnaire)} />, language);
  return { questionnaire, progress, props, view };
}

const sectionAt = (q: PreparedQuestionnaire, index: number) => q.definition.dimensions[index]!;

describe('the list of sections', () => {
  afterEach(cleanup);

  it('shows every section with its status in words and its count, and marks the one on show', async () => {
    const { questionnaire, progress } = await showStepper((q) => sectionAt(q, 1).id);
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    const [first, second, third] = questionnaire.definition.dimensions;
    const link = (title: string) => within(nav).getByRole('link', { name: title });

    const firstCounts = progress.byDimension[first!.id]!;
    expect(link(first!.title.en)).toHaveAccessibleDescription(
      `Done · ${String(firstCounts.total)} of ${String(firstCounts.total)} answered`,
    );
    expect(link(second!.title.en)).toHaveAccessibleDescription(
      `In progress · 1 of ${String(progress.byDimension[second!.id]!.total)} answered`,
    );
    expect(link(third!.title.en)).toHaveAccessibleDescription(
      `Not started · 0 of ${String(progress.byDimension[third!.id]!.total)} answered`,
    );
    expect(link(second!.title.en)).toHaveAttribute('aria-current', 'step');
    expect(link(first!.title.en)).not.toHaveAttribute('aria-current');
    expect(within(nav).getAllByRole('link')).toHaveLength(
      questionnaire.definition.dimensions.length + 1,
    );
    expect(link('Review and submit')).toHaveAttribute('href', '#/responses/r1/review');
  });

  it('gives no number inside a section’s name, so a count never runs into the next title', async () => {
    const { questionnaire } = await showStepper((q) => sectionAt(q, 0).id);
    for (const dimension of questionnaire.definition.dimensions) {
      expect(screen.getByRole('link', { name: dimension.title.en }).textContent).toBe(
        dimension.title.en,
      );
    }
  });
});

describe('the compact "Section 4 of 14" control for phones', () => {
  afterEach(cleanup);

  it('says which section is on show and opens and closes the list from the keyboard', async () => {
    const user = userEvent.setup();
    const { questionnaire } = await showStepper((q) => sectionAt(q, 1).id);
    const count = questionnaire.definition.dimensions.length;
    const toggle = screen.getByRole('button', {
      name: `Section 2 of ${String(count)} ${sectionAt(questionnaire, 1).title.en}`,
    });
    const list = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(list?.tagName).toBe('OL');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(list).not.toHaveClass('open');

    await user.tab();
    expect(toggle).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(list).toHaveClass('open');
    await user.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes the list once another section is chosen', async () => {
    const user = userEvent.setup();
    const { questionnaire, props, view } = await showStepper((q) => sectionAt(q, 0).id);
    await user.click(screen.getByRole('button', { name: /^Section 1 of/ }));
    expect(screen.getByRole('button', { name: /^Section 1 of/ })).toHaveAttribute(
      'aria-expanded',
      'true',
    );

    view.rerender(
      <I18nextProvider i18n={createI18n('en')}>
        <SectionStepper {...props} page={sectionAt(questionnaire, 2).id} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('button', { name: /^Section 3 of/ })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  it('names the review page rather than a section number on it', async () => {
    await showStepper(() => 'review');
    expect(screen.getByRole('button', { name: 'Review and submit' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  it('speaks French on French screens', async () => {
    const { questionnaire } = await showStepper((q) => sectionAt(q, 1).id, 'fr');
    const count = questionnaire.definition.dimensions.length;
    expect(
      screen.getByRole('button', { name: new RegExp(`^Section 2 sur ${String(count)}`) }),
    ).toBeInTheDocument();
    const third = sectionAt(questionnaire, 2).title.fr.replace(/ ([:;!?])/g, '\u202f$1');
    expect(screen.getByRole('link', { name: third })).toHaveAccessibleDescription(
      /^Pas commencée · 0 sur \d+/,
    );
  });
});
