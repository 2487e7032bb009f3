// A section's level in words. Some levels are named for the whole questionnaire: the cybersecurity
// baseline's "Baseline met" is a verdict on the organization, reached overall only with every
// essential control in place. A section's score can reach that band with one of its essentials
// missing, and beside an overall "not met" the level's own name would contradict it. Such levels have a
// wording of their own for a section (locale key "sectionLevel.<level id>.<essentials>"), chosen by
// whether this section's own essential questions are all answered and met.
import type { QuestionnaireResult } from '../engine/result';

/** Whether a section's essential questions are all met, not all met, or whether it has none. */
export type SectionEssentials = 'met' | 'not-met' | 'none';

export function sectionEssentials(
  result: QuestionnaireResult,
  dimensionId: string,
): SectionEssentials {
  const essentials = result.questions.filter(
    (question) =>
      question.dimensionId === dimensionId &&
      question.visible &&
      question.critical &&
      question.status !== 'not-applicable',
  );
  if (essentials.length === 0) return 'none';
  // An unanswered essential is not known to be met: the section says so.
  const met = essentials.every(
    (question) => question.status === 'answered' && !question.criticalFailed,
  );
  return met ? 'met' : 'not-met';
}

/** The key of a level's section wording; a level without one is shown under its own name. */
export const sectionLevelKey = (levelId: string, essentials: SectionEssentials): string =>
  `sectionLevel.${levelId}.${essentials}`;
