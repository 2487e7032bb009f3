// The team view of a questionnaire several people answered: where they disagree most (a conversation
// starter for the leadership meeting), how far apart they are per dimension, and for a staff
// self-assessment how many people are at each level, without ranking anyone.
import type { TeamResult } from '../../../engine/aggregate';
import type { PreparedQuestionnaire } from '../../../engine/prepare';
import { DimensionSpread } from './DimensionSpread';
import { DisagreementList } from './DisagreementList';
import { SkillsProfile } from './SkillsProfile';

export function TeamView({
  questionnaire,
  team,
}: {
  questionnaire: PreparedQuestionnaire;
  team: TeamResult;
}) {
  return (
    <>
      <DisagreementList questionnaire={questionnaire} team={team} />
      {questionnaire.definition.respondent === 'individual' && (
        <SkillsProfile questionnaire={questionnaire} team={team} />
      )}
      <DimensionSpread questionnaire={questionnaire} team={team} />
    </>
  );
}
