// A section's status in the questionnaire's task list, from how many of its questions are answered.
import type { Progress } from '../../engine/progress';

export type SectionStatus = 'not-started' | 'in-progress' | 'done';

/** Done once every question shown in it has an answer (a section whose questions are all skipped too). */
export function sectionStatus({ answered, total }: Progress): SectionStatus {
  if (answered >= total) return 'done';
  return answered === 0 ? 'not-started' : 'in-progress';
}
