// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadBlob } from '../../../src/lib/download';
import { closeCycle } from '../../../src/storage/cycles';
import { readContributionBytes } from '../../../src/storage/sector/contribution-file';
import { getSharedCycle } from '../../../src/storage/sector/shared-cycles';
import { freshDatabase, renderApp } from '../../support/app';
import { seedCycle } from '../../support/cycle-fixture';
import { freshSectorDatabase } from '../../support/sector-storage';

vi.mock('../../../src/lib/download', () => ({ downloadBlob: vi.fn() }));
const saved = vi.mocked(downloadBlob);

/** The text of the file the screen last saved. */
async function savedText(): Promise<string> {
  const blob = saved.mock.calls.at(-1)?.[0];
  if (blob === undefined) throw new Error('nothing was saved');
  return blob.text();
}

const row = (table: HTMLElement, field: string) =>
  within(table).getByRole('row', { name: new RegExp(`^${field}`) });

describe('contributing a cycle to a sector snapshot', () => {
  beforeEach(() => {
    freshDatabase();
    freshSectorDatabase();
    saved.mockClear();
  });
  afterEach(cleanup);

  it('waits until the cycle is closed', async () => {
    const { cycle } = await seedCycle();
    renderApp(`#/sector/contribute/${cycle.id}`);
    expect(
      await screen.findByText(
        'This cycle is not closed yet. Close it when its results are final, then contribute them.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Save the contribution file' })).toBeNull();
  });

  it('shows every field as it will be written, and saves exactly that with no names or answers', async () => {
    const { cycle } = await seedCycle();
    await closeCycle(cycle.id, true);
    const user = userEvent.setup();
    renderApp(`#/sector/contribute/${cycle.id}`);

    const fields = await screen.findByRole('table', { name: "The contribution's fields" });
    expect(row(fields, 'Province or territory')).toHaveTextContent('Quebec"QC"');
    expect(row(fields, 'Number of staff')).toHaveTextContent('6 to 15 staff"6-15"');
    expect(row(fields, 'Year')).toHaveTextContent(String(new Date().getFullYear()));
    const baseline = screen.getByRole('table', { name: 'Cybersecurity baseline' });
    expect(row(baseline, 'People who answered')).toHaveTextContent('2 to 4 people"2-4"');
    expect(row(baseline, 'Questionnaire')).toHaveTextContent('"cybersecurity-baseline"');
    // Digital maturity has no answers in this cycle: it is not offered.
    expect(screen.queryByRole('table', { name: 'Digital maturity' })).toBeNull();

    // Leaving the province out writes it as not stated.
    await user.click(screen.getByRole('checkbox', { name: 'Province or territory: Quebec' }));
    expect(row(fields, 'Province or territory')).toHaveTextContent('Not statednull');

    const shown = screen.getByText(/"format": "boussole-contribution"/).textContent;
    await user.click(screen.getByRole('button', { name: 'Save the contribution file' }));
    expect(
      await screen.findByText(
        /^Sent to your browser's downloads: sector-contribution-\d{4}-[0-9a-f]{8}\.json\./,
      ),
    ).toBeVisible();
    const text = await savedText();
    expect(text).toBe(shown);
    for (const secret of ['Directrice', 'Hélène', 'Rivière-du-Loup', 'mfa-email', 'urgent'])
      expect(text).not.toContain(secret);
    const read = readContributionBytes(new TextEncoder().encode(text));
    expect(read.ok && read.value.contribution.profile).toEqual({
      province: null,
      communitySize: 'small-rural',
      staffBand: '6-15',
    });
  });

  it('saves the same cycle again as the next revision of the same contribution', async () => {
    const { cycle } = await seedCycle();
    await closeCycle(cycle.id, true);
    const user = userEvent.setup();
    renderApp(`#/sector/contribute/${cycle.id}`);
    await user.click(await screen.findByRole('button', { name: 'Save the contribution file' }));
    const first = JSON.parse(await savedText()) as { id: string; revision: number };
    expect(first.revision).toBe(1);
    expect(
      await screen.findByText(/You already saved this cycle's contribution \(revision 1\)/),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Save the contribution file' }));
    await vi.waitFor(() => expect(saved).toHaveBeenCalledTimes(2));
    const second = JSON.parse(await savedText()) as { id: string; revision: number };
    expect(second).toMatchObject({ id: first.id, revision: 2 });
    expect(await getSharedCycle(cycle.id)).toEqual({
      cycleId: cycle.id,
      contributionId: first.id,
      revision: 2,
    });
  });
});
