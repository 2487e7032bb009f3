// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAllContributions } from '../../../src/storage/sector/contributions';
import { freshDatabase, renderApp } from '../../support/app';
import { syntheticContributions } from '../../support/sector-contributions';
import { contributionFileOf, freshSectorDatabase } from '../../support/sector-storage';

const chooseFiles = 'Choose contribution files or .zip archives';

async function importSector(count: number) {
  const user = userEvent.setup();
  renderApp('#/sector');
  expect(await screen.findByRole('heading', { level: 1, name: 'Sector snapshot' })).toBeVisible();
  expect(await screen.findByText('No contributions imported yet.')).toBeVisible();
  const files = syntheticContributions(count, { seed: 7 }).map((c) => contributionFileOf(c));
  await user.upload(screen.getByLabelText(chooseFiles), files);
  await screen.findByText('Import finished.');
  return user;
}

describe('the sector snapshot screen', () => {
  beforeEach(() => {
    freshDatabase();
    freshSectorDatabase();
  });
  afterEach(cleanup);

  it('imports contribution files and shows what happened to them and what is stored', async () => {
    await importSector(60);
    expect(screen.getByRole('row', { name: 'New contributions 60' })).toBeVisible();
    expect(screen.getByRole('row', { name: 'Refused 0' })).toBeVisible();
    expect(await screen.findByRole('row', { name: /^2026 60 / })).toBeVisible();
    expect(await readAllContributions()).toHaveLength(60);
  });

  it('shows the count, quartiles and distribution of every measure, and a group hidden by the rule says so', async () => {
    const user = await importSector(60);
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Questionnaire' }),
      'Digital maturity, version 1.0.0',
    );
    const table = await screen.findByRole('table', {
      name: 'Digital maturity, all agencies, 2026: scores out of 100',
    });
    const overall = within(table).getByRole('row', { name: /^Overall score/ });
    const cells = within(overall).getAllByRole('cell');
    expect(Number(cells[0]?.textContent)).toBe(60);
    const [q1, median, q3] = cells.slice(1, 4).map((cell) => Number(cell.textContent));
    expect(q1).toBeLessThanOrEqual(median!);
    expect(median).toBeLessThanOrEqual(q3!);
    const histogram = cells.slice(4, 9).map((cell) => Number(cell.textContent));
    expect(histogram.reduce((a, b) => a + b, 0)).toBe(60);

    // One territory has no agency at all in this sector: nothing can be shown for it.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Agencies' }), 'province');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Province or territory' }), 'NU');
    expect(
      await screen.findByText(
        'Nothing is shown for this group: it has fewer than 5 contributions, or showing it would reveal a smaller group.',
      ),
    ).toBeVisible();

    // Ontario has most agencies: its figures are shown, each on 5 contributions or more.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Province or territory' }), 'ON');
    const ontario = await screen.findByRole('table', {
      name: 'Digital maturity, Ontario, 2026: scores out of 100',
    });
    for (const row of within(ontario).getAllByRole('row').slice(1)) {
      const n = within(row).getAllByRole('cell')[0]?.textContent ?? '';
      if (n !== 'Not shown for this group') expect(Number(n)).toBeGreaterThanOrEqual(5);
    }
  });

  it('refuses a bad file in plain words and keeps the good ones', async () => {
    const user = userEvent.setup();
    renderApp('#/sector');
    await screen.findByText('No contributions imported yet.');
    const [good] = syntheticContributions(1, { seed: 3 });
    const edited = new File(
      [(await contributionFileOf(good!).text()).replace('"year": 2026', '"year": 2025')],
      'edited.json',
    );
    await user.upload(screen.getByLabelText(chooseFiles), [contributionFileOf(good!), edited]);
    expect(
      await screen.findByText(
        'edited.json: This file was changed after it was exported, so it cannot be trusted. Ask for a fresh export.',
      ),
    ).toBeVisible();
    expect(screen.getByRole('row', { name: 'New contributions 1' })).toBeVisible();
  });

  it('deletes one year of contributions after a confirmation', async () => {
    const user = await importSector(12);
    await user.click(await screen.findByRole('button', { name: 'Delete the 2026 contributions' }));
    expect(
      screen.getByText(
        'Delete the 12 contributions of 2026 from this device? This cannot be undone.',
      ),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Keep them' }));
    expect(await readAllContributions()).toHaveLength(12);
    await user.click(screen.getByRole('button', { name: 'Delete the 2026 contributions' }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('No contributions imported yet.')).toBeVisible();
    await waitFor(async () => {
      expect(await readAllContributions()).toEqual([]);
    });
  });
});
