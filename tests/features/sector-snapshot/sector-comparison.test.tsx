// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { aggregate, lookupIn, type Benchmark } from '../../../src/engine/sector-snapshot';
import { saveProfile } from '../../../src/storage/profile';
import { benchmarkFileText, sealBenchmark } from '../../../src/storage/sector/benchmark-file';
import { listBenchmarks } from '../../../src/storage/sector/benchmarks';
import { freshDatabase, renderApp } from '../../support/app';
import { loadShipped } from '../../support/content';
import { seedCycle } from '../../support/cycle-fixture';
import { syntheticContributions } from '../../support/sector-contributions';
import { freshSectorDatabase } from '../../support/sector-storage';

const CYBER = 'cybersecurity-baseline';

function benchmarkOn(version: string, year: number, seed = 5): Benchmark {
  const questionnaire = loadShipped(CYBER, version);
  return aggregate(
    syntheticContributions(400, { seed, years: [year], questionnaires: [questionnaire] }),
    { year, definitions: lookupIn([questionnaire]) },
  );
}

const benchmarkFile = (benchmark: Benchmark, name = `sector-benchmark-${benchmark.year}.json`) =>
  new File([benchmarkFileText(sealBenchmark(benchmark))], name, { type: 'application/json' });

async function openResults() {
  const { cycle } = await seedCycle();
  const user = userEvent.setup();
  renderApp(`#/cycles/${cycle.id}/results/${CYBER}`);
  await screen.findByRole('heading', { level: 2, name: 'Compared with similar agencies' });
  return user;
}

const section = () =>
  screen.getByRole('heading', { level: 2, name: 'Compared with similar agencies' }).parentElement!;

describe('comparing results with a sector benchmark', () => {
  const year = new Date().getFullYear();

  // The results screen and the comparison load on demand; compiling them the first time can outlast
  // a screen query's wait on a busy machine.
  beforeAll(async () => {
    await Promise.all([
      import('../../../src/features/results/ResultsScreen'),
      import('../../../src/features/sector-snapshot/compare/SectorComparison'),
    ]);
  });

  beforeEach(() => {
    freshDatabase();
    freshSectorDatabase();
  });
  afterEach(cleanup);

  it('shows each score next to the peers’ median, middle half and count, for the peer group chosen', async () => {
    const user = await openResults();
    expect(
      within(section()).getByText(
        'To compare your results with similar agencies, import a benchmark file published by a network or umbrella body.',
      ),
    ).toBeVisible();
    await user.upload(
      screen.getByLabelText('Import a benchmark file'),
      benchmarkFile(benchmarkOn('1.0.0', year)),
    );
    expect(await screen.findByText(`Benchmark ${year} imported.`)).toBeVisible();

    const list = await screen.findByRole('list', { name: 'Your scores next to all agencies' });
    const lines = within(list)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(lines[0]).toMatch(
      /^Overall score: you: \d+; all agencies: median [\d.]+, middle half [\d.]+–[\d.]+, n = \d+$/,
    );
    expect(lines.length).toBeGreaterThan(2);

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Compare with' }),
      'Agencies of your size band',
    );
    const bySize = await screen.findByRole('list', {
      name: 'Your scores next to agencies of your size band (6 to 15 staff)',
    });
    expect(within(bySize).getAllByRole('listitem')[0]).toHaveTextContent(
      /^Overall score: you: \d+; agencies of your size band \(6 to 15 staff\): median/,
    );
  });

  it('lets only groups the profile states be chosen', async () => {
    const { cycle } = await seedCycle();
    await saveProfile({ name: 'Centre', province: 'NB' });
    renderApp(`#/cycles/${cycle.id}/results/${CYBER}`);
    const user = userEvent.setup();
    await user.upload(
      await screen.findByLabelText('Import a benchmark file'),
      benchmarkFile(benchmarkOn('1.0.0', year)),
    );
    const select = await screen.findByRole('combobox', { name: 'Compare with' });
    expect(
      within(select).getByRole('option', {
        name: 'Agencies of your size band (not stated in your profile)',
      }),
    ).toBeDisabled();
    expect(within(select).getByRole('option', { name: 'Agencies in your region' })).toBeEnabled();
  });

  it('compares another version only where measures mean the same, and lists the rest', async () => {
    const user = await openResults();
    await user.upload(
      screen.getByLabelText('Import a benchmark file'),
      benchmarkFile(benchmarkOn('1.1.0', year)),
    );
    expect(
      await screen.findByText(
        'The benchmark is on version 1.1.0 of this questionnaire and your results on version 1.0.0: only the measures that mean the same on both versions are compared.',
      ),
    ).toBeVisible();
    const compared = screen
      .queryAllByRole('listitem')
      .filter((item) => /: you: \d+;/.test(item.textContent));
    const notCompared = within(
      screen.getByRole('heading', { level: 3, name: 'Not compared' }).parentElement!,
    )
      .getAllByRole('listitem')
      .filter((item) =>
        /does not mean the same on the benchmark's version$/.test(item.textContent),
      );
    const dimensions = loadShipped(CYBER).definition.dimensions.length;
    expect(compared.length + notCompared.length).toBe(dimensions + 1);
    expect(notCompared.length).toBeGreaterThan(0);
  });

  it('asks before replacing the benchmark of a year, and refuses an edited file', async () => {
    const user = await openResults();
    const input = () => screen.getByLabelText('Import a benchmark file');
    await user.upload(input(), benchmarkFile(benchmarkOn('1.0.0', year, 5)));
    await screen.findByText(`Benchmark ${year} imported.`);
    const first = (await listBenchmarks())[0]?.benchmark;

    await user.upload(input(), benchmarkFile(benchmarkOn('1.0.0', year, 6)));
    expect(
      await screen.findByText(
        `A benchmark for ${year} is already on this device. Replace it with this file?`,
      ),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Keep the one I have' }));
    expect((await listBenchmarks())[0]?.benchmark).toEqual(first);

    const text = benchmarkFileText(sealBenchmark(benchmarkOn('1.0.0', year, 7)));
    const edited = new File(
      [text.replace(/"n":(\d+)/, (_, n: string) => `"n":${Number(n) + 1}`)],
      'edited.json',
    );
    await user.upload(input(), edited);
    expect(
      await screen.findByText(
        'edited.json was not imported. This file was changed after it was exported, so it cannot be trusted. Ask for a fresh export.',
      ),
    ).toBeVisible();
    expect((await listBenchmarks())[0]?.benchmark).toEqual(first);
  });
});
