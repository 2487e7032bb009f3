// `sameAs`: content saying that recommendations of different questionnaires are one action. Keys of
// roadmap actions across a cycle, and the checks a sameAs link must pass.
import type { PreparedQuestionnaire } from './prepare';
import type { Recommendation } from './schema';

export interface RecommendationRef {
  questionnaireId: string;
  recommendationId: string;
}

/** Splits "<questionnaire id>/<recommendation id>"; null when it is not of that form. */
export function parseRecommendationRef(ref: string): RecommendationRef | null {
  const parts = ref.split('/');
  if (parts.length !== 2) return null;
  const [questionnaireId, recommendationId] = parts;
  if (!questionnaireId || !recommendationId) return null;
  return { questionnaireId, recommendationId };
}

/**
 * The key a roadmap item is known by across a cycle, "<questionnaire id>/<item key>": the key
 * leadership's decisions are stored under (status, owner, date, note, pin, cost, funding).
 */
export function actionKey(questionnaireId: string, itemKey: string): string {
  return `${questionnaireId}/${itemKey}`;
}

export function recommendationActionKey(ref: RecommendationRef): string {
  return actionKey(ref.questionnaireId, `rec:${ref.recommendationId}`);
}

/**
 * What the catalog knows of a recommendation: null when it cannot tell (the questionnaire is not at
 * hand), otherwise whether the questionnaire exists and the recommendation as each of its versions
 * has it, newest first (empty when no version has it).
 */
export type RecommendationLookup = (
  ref: RecommendationRef,
) =>
  null | { questionnaireKnown: false } | { questionnaireKnown: true; versions: Recommendation[] };

export interface SameAsIssue {
  /** Index of the recommendation in the definition. */
  index: number;
  message: string;
}

/** Problems with the sameAs links of a definition that `lookup` can see. */
export function checkSameAs(
  questionnaire: PreparedQuestionnaire,
  lookup: RecommendationLookup,
): SameAsIssue[] {
  const issues: SameAsIssue[] = [];
  const { id } = questionnaire.definition;
  questionnaire.definition.recommendations.forEach((recommendation, index) => {
    if (recommendation.sameAs === undefined) return;
    const report = (message: string) => issues.push({ index, message });
    const target = parseRecommendationRef(recommendation.sameAs);
    if (target === null) return; // the schema already refuses the form
    if (target.questionnaireId === id && target.recommendationId === recommendation.id) {
      report('a recommendation cannot be the same action as itself');
      return;
    }
    const found = lookup(target);
    if (found === null) return;
    if (!found.questionnaireKnown) {
      report(`sameAs names questionnaire "${target.questionnaireId}", which is not in the catalog`);
      return;
    }
    const [newest] = found.versions;
    if (newest === undefined) {
      report(
        `sameAs names recommendation "${recommendation.sameAs}", which no version of "${target.questionnaireId}" has`,
      );
      return;
    }
    if (newest.sameAs !== undefined) {
      report(
        `sameAs names "${recommendation.sameAs}", which is itself the same as "${newest.sameAs}": point to "${newest.sameAs}" (links do not chain)`,
      );
    }
  });
  return issues;
}

/** Looks up recommendations of the definition itself; other questionnaires are out of its sight. */
export function ownRecommendations(questionnaire: PreparedQuestionnaire): RecommendationLookup {
  return (ref) => {
    if (ref.questionnaireId !== questionnaire.definition.id) return null;
    const recommendation = questionnaire.recommendationById.get(ref.recommendationId);
    return { questionnaireKnown: true, versions: recommendation ? [recommendation] : [] };
  };
}
