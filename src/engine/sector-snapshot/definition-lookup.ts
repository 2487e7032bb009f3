// The questionnaire versions the caller knows (what ships), passed in: the engine never loads content.
import type { PreparedQuestionnaire } from '../prepare';

export type DefinitionLookup = (id: string, version: string) => PreparedQuestionnaire | undefined;

/** A lookup over prepared definitions, for callers that hold them in a list. */
export function lookupIn(definitions: readonly PreparedQuestionnaire[]): DefinitionLookup {
  const byKey = new Map(
    definitions.map((q) => [`${q.definition.id}@${q.definition.version}`, q] as const),
  );
  return (id, version) => byKey.get(`${id}@${version}`);
}
