// Fuzzing the sector snapshot: contribution and benchmark contents from strangers (random JSON, and
// valid files with keys dropped, wrong types, huge numbers, prototype keys) are read into a value or
// typed problems, never an exception; what is accepted aggregates and compares without throwing, and
// no peer figure shown ever stands on fewer than 5 contributions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregate,
  aggregateCsvRows,
  compareWithBenchmark,
  indexBenchmark,
  lookupIn,
  MINIMUM_COUNT,
  pickView,
  readBenchmark,
  readContribution,
  resultEntry,
  type PeerGroup,
} from '../../src/engine/sector-snapshot';
import { assess } from '../../src/engine/assess';
import { loadExamples } from '../support/content';
import { shippedDefinitions, syntheticContributions } from '../support/sector-contributions';
import { mutate, mutations, prototypeIntact, randomJson, type Json } from './hostile';

const limits = { interruptAfterTimeLimit: 15_000, markInterruptAsFailure: true };
const definitions = lookupIn(shippedDefinitions());
const sector = syntheticContributions(400, { seed: 19 });
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as Json;
const peerGroups: PeerGroup[] = ['all', 'region', 'province', 'communitySize', 'staffBand'];

/** A real result to compare: the first shipped example of the first questionnaire. */
const maturity = shippedDefinitions()[0]!;
const ours = resultEntry(
  assess(maturity, loadExamples(maturity.definition.id)[0]?.example.answers ?? {}),
);
// small enough that listing every path of it for a mutation stays quick
const benchmark = asJson(
  aggregate(syntheticContributions(80, { seed: 19, questionnaires: [maturity] }), {
    year: 2026,
    definitions,
  }),
);

function expectTypedRefusal(read: { ok: boolean; problems?: readonly { problem: string }[] }) {
  if (read.ok) return;
  expect(read.problems?.length).toBeGreaterThan(0);
  for (const problem of read.problems ?? []) expect(typeof problem.problem).toBe('string');
}

describe('fuzzing the sector snapshot', { timeout: 60_000 }, () => {
  it('reads any JSON value as a contribution or a benchmark, or refuses it with typed problems', () => {
    fc.assert(
      fc.property(randomJson, (raw) => {
        expectTypedRefusal(readContribution(raw, definitions));
        expectTypedRefusal(readBenchmark(raw, definitions));
        expect(prototypeIntact()).toBe(true);
      }),
      { numRuns: 1_000, ...limits },
    );
  });

  it('reads near-valid contributions, and aggregates the accepted ones into a benchmark its checks accept', () => {
    fc.assert(
      fc.property(fc.constantFrom(...sector.slice(0, 20)), mutations, (base, changes) => {
        const raw = mutate(asJson(base), changes);
        const read = readContribution(raw, definitions);
        expectTypedRefusal(read);
        if (read.ok) {
          const made = aggregate([...sector.slice(20, 60), read.value], {
            year: 2026,
            definitions,
          });
          const reread = readBenchmark(asJson(made), definitions);
          expect(reread.ok ? [] : reread.problems).toEqual([]);
        }
        expect(prototypeIntact()).toBe(true);
      }),
      { numRuns: 800, ...limits },
    );
  });

  it('reads near-valid benchmarks, and compares with the accepted ones showing no figure under 5', () => {
    fc.assert(
      fc.property(mutations, fc.constantFrom(...peerGroups), (changes, peerGroup) => {
        const raw = mutate(benchmark, changes);
        const read = readBenchmark(raw, definitions);
        expectTypedRefusal(read);
        if (read.ok) {
          aggregateCsvRows(read.value);
          pickView(indexBenchmark(read.value), ours.id, ours.version, 'all');
          const comparison = compareWithBenchmark({
            entry: ours,
            profile: { province: 'NB', communitySize: 'small-rural', staffBand: '6-15' },
            benchmark: read.value,
            peerGroup,
            definitions,
          });
          for (const measure of comparison.measures)
            if (measure.peers.status === 'published')
              expect(measure.peers.n).toBeGreaterThanOrEqual(MINIMUM_COUNT);
        }
        expect(prototypeIntact()).toBe(true);
      }),
      { numRuns: 500, ...limits },
    );
  });
});
