import { beforeEach, describe, expect, it } from 'vitest';
import { aggregate } from '../../../src/engine/sector-snapshot';
import { countStored, deleteAllData } from '../../../src/storage/device-data';
import { getProfile } from '../../../src/storage/profile';
import { LATEST_SCHEMA_VERSION } from '../../../src/storage/schema-versions';
import { listBenchmarks, saveBenchmark } from '../../../src/storage/sector/benchmarks';
import {
  deleteContributions,
  readAllContributions,
  storeContributions,
} from '../../../src/storage/sector/contributions';
import { deleteSectorDatabase } from '../../../src/storage/sector/sector-database';
import { sectorSchemaVersions } from '../../../src/storage/sector/sector-schema-versions';
import { freshDatabase } from '../../support/app';
import { seedCycle } from '../../support/cycle-fixture';
import { agencies, exampleDefinitions } from '../../support/sector-builders';
import { freshSectorDatabase } from '../../support/sector-storage';

const contributions = agencies(6, { score: 48 });

async function fillSector() {
  await storeContributions(contributions.map((contribution) => ({ contribution, revision: 1 })));
  await saveBenchmark(aggregate(contributions, { year: 2026, definitions: exampleDefinitions }), {
    replace: false,
  });
}

describe('the sector snapshot database', () => {
  beforeEach(() => {
    freshDatabase();
    freshSectorDatabase();
  });

  it('is its own database: the organization’s keeps its schema version and gains no table', async () => {
    const organization = freshDatabase();
    const sector = freshSectorDatabase();
    await Promise.all([organization.open(), sector.open()]);
    expect(organization.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(organization.tables.map((t) => t.name)).not.toContain('contributions');
    expect(sector.name).not.toBe(organization.name);
    expect(sector.tables.map((t) => t.name).sort()).toEqual([
      'benchmarks',
      'contributions',
      'preferences',
      'sharedCycles',
    ]);
    expect(sector.contributions.schema.indexes.map((index) => index.name)).toEqual(['year']);
  });

  it('declares its versions in increasing order, each adding what it changes', () => {
    const versions = sectorSchemaVersions.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(versions[0]).toBe(1);
  });

  it('can be emptied or deleted without touching the organization’s data', async () => {
    await seedCycle();
    const before = await countStored();
    await fillSector();
    await deleteContributions();
    await deleteSectorDatabase();
    expect(await countStored()).toEqual(before);
    expect(await getProfile()).toBeDefined();
    expect(await readAllContributions()).toEqual([]);
    expect(await listBenchmarks()).toEqual([]);
  });

  it('is deleted with everything else by “Delete all data”', async () => {
    await seedCycle();
    await fillSector();
    await deleteAllData();
    expect(await readAllContributions()).toEqual([]);
    expect(await listBenchmarks()).toEqual([]);
    expect((await countStored()).cycles).toBe(0);
  });
});
