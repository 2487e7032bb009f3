// @vitest-environment jsdom
// A refused file is named with what is wrong; the technical facts wait behind a "Details" disclosure.
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { RefusalMessage } from '../../src/components/RefusalMessage';
import { renderWithI18n } from '../support/app';

describe('a refusal message', () => {
  afterEach(cleanup);

  it('names the file and what is wrong, and shows the technical facts only when asked', async () => {
    const user = userEvent.setup();
    renderWithI18n(
      <RefusalMessage
        file="reponses.json"
        message="Ce fichier n’est pas un fichier Boussole."
        detail="not-boussole"
      />,
      'fr',
    );
    expect(
      screen.getByText(/^reponses\.json\s:\sCe fichier n’est pas un fichier Boussole\.$/),
    ).toBeVisible();
    const details = screen.getByText('Détails techniques');
    expect(screen.getByText('not-boussole')).not.toBeVisible();
    await user.click(details);
    expect(screen.getByText('not-boussole')).toBeVisible();
  });

  it('has no disclosure when there is nothing technical to add', () => {
    renderWithI18n(<RefusalMessage message="This file is empty." detail="" />);
    expect(screen.getByText('This file is empty.')).toBeVisible();
    expect(screen.queryByText('Technical details')).not.toBeInTheDocument();
  });
});
