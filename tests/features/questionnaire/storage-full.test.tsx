// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../../src/content/catalog';
import { createCycle } from '../../../src/storage/cycles';
import { createResponse, getAnswers } from '../../../src/storage/responses';
import { freshDatabase, renderApp } from '../../support/app';

describe('when the device runs out of storage space', () => {
  afterEach(cleanup);

  it('says so, offers a backup, and keeps the text being typed on screen', async () => {
    const db = freshDatabase();
    const questionnaire = await loadQuestionnaire('cybersecurity-baseline', '1.0.0');
    const cycle = await createCycle('2026', [{ id: 'cybersecurity-baseline', version: '1.0.0' }]);
    const response = await createResponse({
      cycleId: cycle.id,
      questionnaireId: 'cybersecurity-baseline',
      version: '1.0.0',
      contentHash: questionnaire.contentHash,
      respondent: 'ED',
    });
    // From now on every answer write fails as a full disk makes it fail.
    db.answers.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

    const user = userEvent.setup();
    renderApp(`#/responses/${response.id}`);
    const first = questionnaire.questionsByDimension.get(
      questionnaire.definition.dimensions[0]!.id,
    )![0]!;
    const card = within(
      (await screen.findAllByRole('group')).find((g) => g.id === `question-${first.id}`)!,
    );
    await user.click(card.getByRole('button', { name: 'Add a note' }));
    const note = card.getByRole('textbox', { name: 'Note (optional)' });
    await user.type(note, 'Ask the board treasurer');
    await user.tab();

    expect(await screen.findByText(/out of storage space/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Export a backup' })).toHaveAttribute(
      'href',
      '#/settings',
    );
    expect(note).toHaveValue('Ask the board treasurer');
    expect(await getAnswers(response.id)).toEqual({});
  });
});
