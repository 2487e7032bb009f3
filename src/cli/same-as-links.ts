// Checks `sameAs` links across the catalog: the questionnaire and recommendation a link names must be
// shipped (in any version file), and the recommendation must not link on in turn.
import type { PreparedQuestionnaire } from '../engine/prepare';
import { checkSameAs, type RecommendationLookup } from '../engine/same-as';
import { compareVersions } from '../engine/versions';
import type { CheckedFile, FileIssue } from './content-files';

/** Issues of links to other questionnaires; links inside a definition are checked with it. */
export function checkSameAsLinks(
  checked: readonly CheckedFile[],
  questionnaireIds: ReadonlySet<string>,
): FileIssue[] {
  const versionsById = new Map<string, PreparedQuestionnaire[]>();
  for (const { questionnaire } of checked) {
    if (questionnaire === undefined) continue;
    const { id } = questionnaire.definition;
    versionsById.set(id, [...(versionsById.get(id) ?? []), questionnaire]);
  }
  for (const versions of versionsById.values()) {
    versions.sort((a, b) => compareVersions(b.definition.version, a.definition.version));
  }
  return checked.flatMap(({ file, questionnaire }) => {
    if (questionnaire === undefined) return [];
    const lookup: RecommendationLookup = (ref) => {
      if (ref.questionnaireId === questionnaire.definition.id) return null;
      if (!questionnaireIds.has(ref.questionnaireId)) return { questionnaireKnown: false };
      const versions = (versionsById.get(ref.questionnaireId) ?? []).flatMap((version) => {
        const recommendation = version.recommendationById.get(ref.recommendationId);
        return recommendation === undefined ? [] : [recommendation];
      });
      return { questionnaireKnown: true, versions };
    };
    return checkSameAs(questionnaire, lookup).map(({ index, message }) => ({
      file,
      path: `$.recommendations[${index}].sameAs`,
      message,
    }));
  });
}
