// An agency's contribution from one of its closed cycles: the team result of each questionnaire it
// chooses to include, rounded by the engine, with the profile facts it chooses to state. Saving it
// again reuses the cycle's contribution id with the next revision.
import { useLiveQuery } from 'dexie-react-hooks';
import { buildContribution, resultEntry, type Contribution } from '../../engine/sector-snapshot';
import { downloadBlob } from '../../lib/download';
import type { Cycle } from '../../domain/cycle';
import type { OrganizationProfile } from '../../domain/profile';
import {
  contributionFileText,
  sealContribution,
  type ContributionFile,
} from '../../storage/sector';
import { getSharedCycle, recordSharedCycle } from '../../storage/sector';
import type { QuestionnaireOutcome } from '../cycle-results';
import { attemptSave } from '../save';

export type { ContributionFile };

/** The year a closed cycle stands for: the year it was closed (its results were final then). */
export function contributionYear(cycle: Cycle): number {
  return new Date(cycle.closedAt ?? cycle.createdAt).getFullYear();
}

/** What the person chose to include; a profile fact not stated in the profile is never included. */
export interface ContributionChoices {
  province: boolean;
  communitySize: boolean;
  staffBand: boolean;
  /** Questionnaire ids to include. */
  questionnaires: ReadonlySet<string>;
}

/** Outcomes that have a team result (something was answered on the cycle's version). */
export const contributableOutcomes = (
  outcomes: readonly QuestionnaireOutcome[],
): QuestionnaireOutcome[] => outcomes.filter((outcome) => outcome.team !== null);

export function cycleContribution(input: {
  id: string;
  cycle: Cycle;
  profile: OrganizationProfile | null;
  outcomes: readonly QuestionnaireOutcome[];
  choices: ContributionChoices;
}): Contribution {
  const { profile, choices } = input;
  return buildContribution({
    id: input.id,
    year: contributionYear(input.cycle),
    profile: {
      province: choices.province ? (profile?.province ?? null) : null,
      communitySize: choices.communitySize ? (profile?.communitySize ?? null) : null,
      staffBand: choices.staffBand ? (profile?.staffBand ?? null) : null,
    },
    questionnaires: contributableOutcomes(input.outcomes)
      .filter((outcome) => choices.questionnaires.has(outcome.questionnaire.definition.id))
      .flatMap(({ team }) =>
        team === null ? [] : [{ ...resultEntry(team.consensus), respondents: team.respondents }],
      ),
  });
}

/** The id and revision this cycle was last shared under; undefined while loading, null if never. */
export const useSharedCycle = (cycleId: string) =>
  useLiveQuery(async () => (await getSharedCycle(cycleId)) ?? null, [cycleId]);

/** Named with the year and the start of the random id: a network saving files from many agencies in
 *  one folder must not have one overwrite another, and the name says nothing about the agency. */
export const contributionFileName = (contribution: Contribution): string =>
  `sector-contribution-${contribution.year}-${contribution.id.slice(0, 8)}.json`;

/** The file exactly as it will be written. */
export function contributionFile(contribution: Contribution, revision: number) {
  const file = sealContribution(contribution, revision);
  return { file, text: contributionFileText(file) };
}

/**
 * Records the id and revision for the cycle, then saves the file through the browser's downloads.
 * Returns the file name, or null when it could not be recorded (the reason is already announced).
 */
export async function saveCycleContribution(
  cycleId: string,
  contribution: Contribution,
  revision: number,
): Promise<string | null> {
  const recorded = await attemptSave(() =>
    recordSharedCycle({ cycleId, contributionId: contribution.id, revision }),
  );
  if (!recorded) return null;
  const name = contributionFileName(contribution);
  const { text } = contributionFile(contribution, revision);
  downloadBlob(new Blob([text], { type: 'application/json' }), name);
  return name;
}

/** A new contribution id: random, linked to nothing on this device or in other files. */
export const newContributionId = (): string => crypto.randomUUID();
