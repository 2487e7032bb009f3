import { beforeEach, describe, expect, it } from 'vitest';
import {
  countContributionsByYear,
  deleteContributions,
  readAllContributions,
  storeContributions,
} from '../../../src/storage/sector/contributions';
import { agency } from '../../support/sector-builders';
import { freshSectorDatabase } from '../../support/sector-storage';

describe('stored contributions', () => {
  beforeEach(() => {
    freshSectorDatabase();
  });

  it('keeps one record per contribution id', async () => {
    const first = agency({ id: 1, score: 40 });
    expect(await storeContributions([{ contribution: first, revision: 1 }])).toEqual(['added']);
    expect(await storeContributions([{ contribution: first, revision: 1 }])).toEqual(['unchanged']);
    expect(await readAllContributions()).toEqual([first]);
  });

  it('replaces a contribution with a newer revision of the same id', async () => {
    await storeContributions([{ contribution: agency({ id: 1, score: 40 }), revision: 1 }]);
    const corrected = agency({ id: 1, score: 70 });
    expect(await storeContributions([{ contribution: corrected, revision: 2 }])).toEqual([
      'replaced',
    ]);
    expect(await readAllContributions()).toEqual([corrected]);
  });

  it('never lets an older revision overwrite a newer one, whatever the order files arrive in', async () => {
    const corrected = agency({ id: 1, score: 70 });
    await storeContributions([{ contribution: corrected, revision: 3 }]);
    expect(
      await storeContributions([{ contribution: agency({ id: 1, score: 40 }), revision: 2 }]),
    ).toEqual(['kept-newer']);
    expect(await readAllContributions()).toEqual([corrected]);
  });

  it('keeps the newest of several revisions arriving in one batch', async () => {
    const outcomes = await storeContributions([
      { contribution: agency({ id: 1, score: 50 }), revision: 2 },
      { contribution: agency({ id: 1, score: 90 }), revision: 3 },
      { contribution: agency({ id: 1, score: 10 }), revision: 1 },
    ]);
    expect(outcomes).toEqual(['added', 'replaced', 'kept-newer']);
    expect((await readAllContributions()).map((c) => c.questionnaires[0]?.overall.score)).toEqual([
      90,
    ]);
  });

  it('takes the last imported when two files of the same revision differ', async () => {
    await storeContributions([{ contribution: agency({ id: 1, score: 50 }), revision: 1 }]);
    const later = agency({ id: 1, score: 55 });
    expect(await storeContributions([{ contribution: later, revision: 1 }])).toEqual(['replaced']);
    expect(await readAllContributions()).toEqual([later]);
  });

  it('adds the new contributions of a batch and decides the stored ones against what is stored', async () => {
    const stored = agency({ id: 2, score: 70 });
    await storeContributions([{ contribution: stored, revision: 3 }]);
    const fresh = [agency({ id: 1 }), agency({ id: 3 })];
    const outcomes = await storeContributions([
      { contribution: fresh[0]!, revision: 1 },
      { contribution: agency({ id: 2, score: 20 }), revision: 2 },
      { contribution: fresh[1]!, revision: 1 },
    ]);
    expect(outcomes).toEqual(['added', 'kept-newer', 'added']);
    expect((await readAllContributions()).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [fresh[0], stored, fresh[1]].sort((a, b) => a!.id.localeCompare(b!.id)),
    );
  });

  it('counts contributions per year and deletes one year or all of them', async () => {
    await storeContributions(
      [
        agency({ id: 1, year: 2025 }),
        agency({ id: 2, year: 2026 }),
        agency({ id: 3, year: 2026 }),
      ].map((contribution) => ({ contribution, revision: 1 })),
    );
    expect(await countContributionsByYear()).toEqual([
      { year: 2025, count: 1 },
      { year: 2026, count: 2 },
    ]);
    expect(await deleteContributions(2026)).toBe(2);
    expect(await countContributionsByYear()).toEqual([{ year: 2025, count: 1 }]);
    expect(await deleteContributions()).toBe(1);
    expect(await countContributionsByYear()).toEqual([]);
  });
});
