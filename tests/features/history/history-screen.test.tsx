// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeCycle, createCycle } from '../../../src/storage/cycles';
import { freshDatabase, renderApp } from '../../support/app';

describe('history', () => {
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(cleanup);

  it('lists every cycle newest first, with its status', async () => {
    const older = await createCycle('2025 annual self-assessment', [
      { id: 'digital-maturity', version: '1.0.0' },
    ]);
    await closeCycle(older.id, true);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await createCycle('2026 annual self-assessment', [
      { id: 'digital-maturity', version: '1.0.0' },
    ]);
    renderApp('#/history');
    const links = await screen.findAllByRole('link', { name: /annual self-assessment/ });
    expect(links.map((link) => link.textContent)).toEqual([
      '2026 annual self-assessment',
      '2025 annual self-assessment',
    ]);
    const [newest, oldest] = links.map((link) => link.closest('li'));
    expect(newest).toHaveTextContent(/· Open ·/);
    expect(oldest).toHaveTextContent(/· Closed .+ · 0 responses/);
  });
});
