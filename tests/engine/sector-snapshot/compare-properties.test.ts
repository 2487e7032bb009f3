// The comparison as properties: whatever the benchmark and the agency, a peer figure is exactly the
// published cell of the agency's own view, and every measure without one says why.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregate,
  compareWithBenchmark,
  MINIMUM_COUNT,
  profileView,
  type PeerGroup,
} from '../../../src/engine/sector-snapshot';
import {
  contributionSetArbitrary,
  exampleDefinitions,
  exampleEntry,
} from '../../support/sector-builders';

const peerGroups: PeerGroup[] = ['all', 'region', 'province', 'communitySize', 'staffBand'];

describe('comparing with a benchmark (properties)', () => {
  it('shows only the published cell of the agency’s own view, and says why for every other measure', () => {
    fc.assert(
      fc.property(
        contributionSetArbitrary,
        contributionSetArbitrary.filter((set) => set.length > 0).map((set) => set[0]!),
        fc.constantFrom(...peerGroups),
        fc.option(fc.integer({ min: 0, max: 100 }), { freq: 6 }),
        (contributions, us, peerGroup, security) => {
          const benchmark = aggregate(contributions, {
            year: 2026,
            definitions: exampleDefinitions,
          });
          const entry = { ...exampleEntry({ score: 50, security }), coverage: 1 };
          const comparison = compareWithBenchmark({
            entry,
            profile: us.profile,
            benchmark,
            peerGroup,
            definitions: exampleDefinitions,
          });
          const view = peerGroup === 'all' ? 'all' : profileView(us.profile, peerGroup);
          expect(comparison.view).toEqual(view);
          expect(comparison.measures.map((m) => m.dimension)).toEqual([null, 'security', 'skills']);
          const reasons = new Map(comparison.notCompared.map((n) => [n.dimension, n.reason]));
          for (const measure of comparison.measures) {
            const reason = reasons.get(measure.dimension);
            if (view === null) expect(reason).toBe('profile-not-stated');
            if (measure.peers.status === 'published') {
              const cell = benchmark.questionnaires[0]?.measures
                .find((m) => m.dimension === measure.dimension)
                ?.cells.find((c) => JSON.stringify(c.view) === JSON.stringify(view));
              const { n, q1, median, q3 } = measure.peers;
              expect(cell).toMatchObject({ n, q1, median, q3 });
              expect(n).toBeGreaterThanOrEqual(MINIMUM_COUNT);
              expect(reason).toBe(measure.you === null ? 'no-score' : undefined);
            } else if (measure.peers.status === 'suppressed') expect(reason).toBe('suppressed');
            else
              expect(['profile-not-stated', 'not-in-benchmark', 'different-version']).toContain(
                reason,
              );
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
