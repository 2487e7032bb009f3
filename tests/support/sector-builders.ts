// Small builders for sector snapshot tests: contributions on the example questionnaire (dimensions
// "security" (weight 2) and "skills"; levels starting 0, developing 40, established 75; critical cap
// "starting"), agencies described by their profile and score, and random sets of them for properties.
import fc from 'fast-check';
import type { CommunitySize } from '../../src/engine/community-sizes';
import { levelFor } from '../../src/engine/levels';
import type { StaffBand } from '../../src/engine/planning-rules';
import type { Province } from '../../src/engine/provinces';
import {
  lookupIn,
  type Contribution,
  type ContributedQuestionnaire,
  type SectorProfile,
} from '../../src/engine/sector-snapshot';
import { exampleQuestionnaire } from './example';

export const example = exampleQuestionnaire;
export const exampleDefinitions = lookupIn([example]);

/** A valid version-4 UUID numbered `n`. */
export const contributionId = (n: number): string =>
  `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export interface AgencySpec extends Partial<SectorProfile> {
  /** Overall score, whole points; also every dimension's unless given. */
  score?: number;
  security?: number | null;
  skills?: number | null;
  provisional?: boolean;
  year?: number;
  id?: number;
}

// numbered apart from the small ids tests give explicitly
let next = 1_000_000;

/** The example questionnaire's entry of an agency with these scores: levels honest, baseline met. */
export function exampleEntry(spec: AgencySpec = {}): ContributedQuestionnaire {
  const score = spec.score ?? 50;
  const provisional = spec.provisional ?? false;
  const dimension = (id: string, value: number | null) => ({
    id,
    score: value,
    level: provisional ? null : levelFor(example, value),
    provisional,
  });
  return {
    id: example.definition.id,
    version: example.definition.version,
    contentHash: example.contentHash,
    overall: { score, level: provisional ? null : levelFor(example, score), provisional },
    dimensions: [
      dimension('security', spec.security === undefined ? score : spec.security),
      dimension('skills', spec.skills === undefined ? score : spec.skills),
    ],
    baseline: 'met',
    coverage: 100,
    respondents: '1',
  };
}

/** One agency's contribution for the example questionnaire. */
export function agency(spec: AgencySpec = {}): Contribution {
  return {
    id: contributionId(spec.id ?? ++next),
    year: spec.year ?? 2026,
    profile: {
      province: spec.province ?? null,
      communitySize: spec.communitySize ?? null,
      staffBand: spec.staffBand ?? null,
    },
    questionnaires: [exampleEntry(spec)],
  };
}

/** `count` agencies alike. */
export const agencies = (count: number, spec: AgencySpec = {}): Contribution[] =>
  Array.from({ length: count }, () => agency(spec));

/**
 * Random sets of contributions made of groups of 1 to 9 agencies alike, crowded into few provinces
 * (three of them in Atlantic Canada, so a region holds several), few sizes and bands, with "not stated"
 * often: groups just under or over 5, and views lying inside others, happen all the time.
 */
export const contributionSetArbitrary: fc.Arbitrary<Contribution[]> = fc
  .array(
    fc.record({
      province: fc.constantFrom<Province | null>('ON', 'QC', 'NB', 'NS', 'PE', 'AB', 'MB', null),
      communitySize: fc.constantFrom<CommunitySize | null>(
        'large-urban',
        'mid-size',
        'small-rural',
        null,
      ),
      staffBand: fc.constantFrom<StaffBand | null>('1-5', '6-15', '16-50', null),
      count: fc.integer({ min: 1, max: 9 }),
      score: fc.integer({ min: 0, max: 100 }),
      step: fc.integer({ min: 0, max: 30 }),
      noSecurity: fc.constantFrom(false, false, false, false, true),
      provisional: fc.constantFrom(false, false, false, true),
    }),
    { maxLength: 12 },
  )
  .map((groups) => {
    let id = 0;
    return groups.flatMap(({ count, score, step, noSecurity, ...group }) =>
      Array.from({ length: count }, (_, i) => {
        const own = (score + i * step) % 101;
        return agency({
          ...group,
          id: ++id,
          score: own,
          security: noSecurity && i % 2 === 0 ? null : own,
          skills: (own * 7) % 101,
        });
      }),
    );
  });
