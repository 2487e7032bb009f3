// Keys of typed drafts (text mirrored in localStorage until IndexedDB holds it) and of unsaved
// changes: one per field and record, so a draft is recovered into the field it was typed in.

/** An answer to one question of a response (a typed answer, or any answer as an unsaved change). */
export const answerKey = (responseId: string, questionId: string) =>
  `answer:${responseId}:${questionId}`;

/** The note on one question of a response. */
export const noteKey = (responseId: string, questionId: string) =>
  `note:${responseId}:${questionId}`;

/** One field (owner, target date, note) of a roadmap item's edit in a cycle. */
export const roadmapFieldKey = (cycleId: string, editKey: string, field: string) =>
  `roadmap:${cycleId}:${editKey}:${field}`;
