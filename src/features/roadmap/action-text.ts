// An action of the cycle roadmap in words: its title, the questionnaires it comes from, its reasons
// grouped by questionnaire, and the recommendation behind it (for the details).
import type { CycleAction } from '../../engine/cycle-action';
import type { PreparedQuestionnaire } from '../../engine/prepare';
import type { Recommendation } from '../../engine/schema';
import type { Formatter } from '../../presentation/format';
import { itemTitle, reasonSentences } from '../../presentation/reasons';

export type QuestionnairesById = ReadonlyMap<string, PreparedQuestionnaire>;

export function actionTitle(
  action: CycleAction,
  questionnaires: QuestionnairesById,
  format: Formatter,
): string {
  if (action.kind === 'own') return action.action.title;
  const [first] = action.members;
  const questionnaire = first && questionnaires.get(first.questionnaireId);
  return first === undefined || questionnaire === undefined
    ? action.key
    : itemTitle(questionnaire, first.item, format);
}

/** Each questionnaire the action comes from, with the reasons it gives (merged actions: several). */
export function reasonsByQuestionnaire(
  action: CycleAction,
  questionnaires: QuestionnairesById,
  format: Formatter,
): { questionnaire: PreparedQuestionnaire; reasons: string[] }[] {
  if (action.kind === 'own') return [];
  const groups = new Map<string, { questionnaire: PreparedQuestionnaire; reasons: string[] }>();
  for (const member of action.members) {
    const questionnaire = questionnaires.get(member.questionnaireId);
    if (questionnaire === undefined) continue;
    const group = groups.get(member.questionnaireId) ?? { questionnaire, reasons: [] };
    for (const sentence of reasonSentences(questionnaire, member.item, format))
      if (!group.reasons.includes(sentence)) group.reasons.push(sentence);
    groups.set(member.questionnaireId, group);
  }
  return [...groups.values()];
}

/** The first member's recommendation (the canonical one when it is in the cycle). */
export function actionRecommendation(
  action: CycleAction,
  questionnaires: QuestionnairesById,
): Recommendation | undefined {
  if (action.kind === 'own') return undefined;
  for (const member of action.members) {
    if (member.item.kind !== 'recommendation') continue;
    const found = questionnaires
      .get(member.questionnaireId)
      ?.recommendationById.get(member.item.recommendationId);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Whether every questionnaire behind the action is answered by each person for themselves. */
export function isPerPerson(action: CycleAction, questionnaires: QuestionnairesById): boolean {
  return (
    action.kind === 'proposed' &&
    action.members.every(
      (m) => questionnaires.get(m.questionnaireId)?.definition.respondent === 'individual',
    )
  );
}
