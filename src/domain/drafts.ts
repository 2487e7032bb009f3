// Keys of typed drafts (text mirrored in localStorage until IndexedDB holds it) and of unsaved
// changes: one per field and record, so a draft is recovered into the field it was typed in.

/** An answer to one question of a response (a typed answer, or any answer as an unsaved change). */
export const answerKey = (responseId: string, questionId: string) =>
  `answer:${responseId}:${questionId}`;

/** The note on one question of a response. */
export const noteKey = (responseId: string, questionId: string) =>
  `note:${responseId}:${questionId}`;

/** Fields (owner, target date, note, funder…) of a decision on a roadmap action in a cycle. */
export const roadmapFieldKey = (cycleId: string, editKey: string, field: string) =>
  `roadmap:${cycleId}:${editKey}:${field}`;

/** Fields of one of the organization's own actions in a cycle, as an unsaved change. */
export const ownActionFieldKey = (cycleId: string, actionId: string, fields: string) =>
  `own:${cycleId}:${actionId}:${fields}`;
