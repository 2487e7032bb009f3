// The key a roadmap edit is stored under, apart from the edit's schema: the first screens write
// edits and read keys without parsing a record.
/** The key a roadmap edit is stored under for an item of a questionnaire's roadmap. */
export function roadmapEditKey(questionnaireId: string, itemKey: string): string {
  return `${questionnaireId}/${itemKey}`;
}

/** The questionnaire a roadmap edit key belongs to. */
export function questionnaireOfEditKey(editKey: string): string {
  return editKey.split('/')[0] ?? '';
}
