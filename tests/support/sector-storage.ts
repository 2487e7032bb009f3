// Sector snapshot storage for tests: a fresh, empty sector database per test, and contribution files
// as an agency saves them (sealed, indented), as File objects ready for an import.
import type { Contribution } from '../../src/engine/sector-snapshot';
import { contributionFileText, sealContribution } from '../../src/storage/sector/contribution-file';
import { SectorDatabase, setSectorDatabase } from '../../src/storage/sector/sector-database';

let counter = 0;

export function freshSectorDatabase(): SectorDatabase {
  counter += 1;
  const db = new SectorDatabase(
    `boussole-sector-test-${counter}-${Math.random().toString(36).slice(2)}`,
  );
  setSectorDatabase(db);
  return db;
}

/** The text of a contribution file as "Save the contribution file" writes it. */
export const contributionText = (contribution: Contribution, revision = 1): string =>
  contributionFileText(sealContribution(contribution, revision));

export const contributionFileOf = (
  contribution: Contribution,
  { revision = 1, name }: { revision?: number; name?: string } = {},
): File =>
  new File([contributionText(contribution, revision)], name ?? `${contribution.id}.json`, {
    type: 'application/json',
  });
