// Builds the content of a contribution from a finished cycle's results: scores rounded to whole points,
// coverage to whole percent, the number of respondents in bands. Nothing else leaves the agency.
import type { CommunitySize } from '../community-sizes';
import type { StaffBand } from '../planning-rules';
import type { Province } from '../provinces';
import type { Contribution, ContributedScore, RespondentBand } from './contribution-schema';
import type { ResultEntry, ScoreEntry } from './result-entry';

export interface ContributionInput {
  /** Made by the caller with crypto.randomUUID(), never derived from the device or other files. */
  id: string;
  year: number;
  profile: {
    province?: Province | null;
    communitySize?: CommunitySize | null;
    staffBand?: StaffBand | null;
  };
  /** Per questionnaire of the cycle, its (team) result and how many people answered it. */
  questionnaires: readonly (ResultEntry & { respondents: number })[];
}

/** The band of a number of respondents (at least one). */
export function respondentBand(count: number): RespondentBand {
  if (!Number.isInteger(count) || count < 1)
    throw new RangeError(`no respondent band for ${count}`);
  return count === 1 ? '1' : count <= 4 ? '2-4' : count <= 9 ? '5-9' : '10+';
}

/** Whole points, as the screens show them (half up). */
export const wholePoints = (score: number): number => Math.round(score);

function rounded(entry: ScoreEntry): ContributedScore {
  return {
    score: entry.score === null ? null : wholePoints(entry.score),
    // a provisional score never carries a level, whatever the caller passed
    level: entry.provisional ? null : entry.level,
    provisional: entry.provisional,
  };
}

export function buildContribution(input: ContributionInput): Contribution {
  return {
    id: input.id,
    year: input.year,
    profile: {
      province: input.profile.province ?? null,
      communitySize: input.profile.communitySize ?? null,
      staffBand: input.profile.staffBand ?? null,
    },
    questionnaires: input.questionnaires.map((entry) => ({
      id: entry.id,
      version: entry.version,
      contentHash: entry.contentHash,
      overall: rounded(entry.overall),
      dimensions: entry.dimensions.map((dimension) => ({
        id: dimension.id,
        ...rounded(dimension),
      })),
      baseline: entry.baseline,
      coverage: Math.min(100, Math.max(0, Math.round(entry.coverage * 100))),
      respondents: respondentBand(entry.respondents),
    })),
  };
}
