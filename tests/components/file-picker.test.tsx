// @vitest-environment jsdom
// The file picker speaks the interface's language: its button is the input's label, the chosen file
// is named in words (never the browser's "Choose File"), and the keyboard reaches the real input.
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FilePicker } from '../../src/components/FilePicker';
import { renderWithI18n } from '../support/app';

const file = (name: string) => new File(['{}'], name, { type: 'application/json' });

describe('the file picker', () => {
  afterEach(cleanup);

  it('is a file input named by its translated label, saying in French that no file is chosen yet', () => {
    renderWithI18n(
      <FilePicker label="Restaurer à partir d’une copie de sauvegarde" onFiles={() => undefined} />,
      'fr',
    );
    const input = screen.getByLabelText('Restaurer à partir d’une copie de sauvegarde');
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAccessibleDescription('Aucun fichier choisi');
    expect(screen.queryByText(/Choose File/)).not.toBeInTheDocument();
  });

  it('hands over the chosen file and names it in the interface language', async () => {
    const onFiles = vi.fn();
    const user = userEvent.setup();
    renderWithI18n(<FilePicker label="Importer un fichier d’étalon" onFiles={onFiles} />, 'fr');
    const input = screen.getByLabelText('Importer un fichier d’étalon');
    await user.upload(input, file('etalon-2026.json'));
    expect(onFiles).toHaveBeenCalledWith([expect.objectContaining({ name: 'etalon-2026.json' })]);
    expect(input).toHaveAccessibleDescription('Fichier choisi\u00a0: etalon-2026.json');
  });

  it('counts several chosen files', async () => {
    const user = userEvent.setup();
    renderWithI18n(<FilePicker label="Choose response files" multiple onFiles={() => undefined} />);
    const input = screen.getByLabelText('Choose response files');
    await user.upload(input, [file('a.json'), file('b.json'), file('c.json')]);
    expect(input).toHaveAccessibleDescription('3 files chosen');
  });

  it('is reached with the Tab key, as the real input, and not while it is disabled', async () => {
    const user = userEvent.setup();
    const { rerender } = renderWithI18n(
      <>
        <button type="button">Before</button>
        <FilePicker label="Restore from a backup file" onFiles={() => undefined} />
      </>,
    );
    await user.tab();
    await user.tab();
    expect(screen.getByLabelText('Restore from a backup file')).toHaveFocus();
    rerender(
      <>
        <button type="button">Before</button>
        <FilePicker label="Restore from a backup file" disabled onFiles={() => undefined} />
      </>,
    );
    expect(screen.getByLabelText('Restore from a backup file')).toBeDisabled();
  });
});
