// Which measures of two versions of one questionnaire mean the same, so that a score on one can stand
// next to figures on the other. A dimension is comparable when it exists in both and its scored
// questions correspond one to one, within that dimension and with the same weights, through the
// `previous.questionMap` of every version in between; 'overall' when every dimension is and the
// dimension weights are the same. Anything less would compare a score with a different measure.
import { sharedQuestions } from '../compare';
import type { PreparedQuestionnaire } from '../prepare';
import { isScored, type Question } from '../schema';
import { compareVersions } from '../versions';
import type { DefinitionLookup } from './definition-lookup';

export interface Comparability {
  /** null: the overall score. Overall first, then the dimensions of `a`, then those only in `b`. */
  comparable: (string | null)[];
  notComparable: (string | null)[];
}

/** Newer question id → older question id through every version in between; null when a link is missing. */
function questionChain(
  older: PreparedQuestionnaire,
  newer: PreparedQuestionnaire,
  definitions: DefinitionLookup | undefined,
): Map<string, string> | null {
  const { id } = newer.definition;
  let chain = new Map(newer.definition.questions.map((q) => [q.id, q.id] as const));
  let current = newer;
  while (current.definition.version !== older.definition.version) {
    const previousVersion = current.definition.previous?.version;
    if (
      previousVersion === undefined ||
      compareVersions(previousVersion, older.definition.version) < 0 ||
      compareVersions(previousVersion, current.definition.version) >= 0
    )
      return null;
    const previous =
      previousVersion === older.definition.version ? older : definitions?.(id, previousVersion);
    if (previous === undefined) return null;
    const step = sharedQuestions(previous, current);
    const next = new Map<string, string>();
    for (const [newest, here] of chain) {
      const earlier = step.get(here);
      if (earlier !== undefined) next.set(newest, earlier);
    }
    chain = next;
    current = previous;
  }
  return chain;
}

const scored = (questions: readonly Question[] | undefined) => (questions ?? []).filter(isScored);

function dimensionCorresponds(
  dimension: string,
  older: PreparedQuestionnaire,
  newer: PreparedQuestionnaire,
  chain: ReadonlyMap<string, string>,
): boolean {
  if (!older.dimensionById.has(dimension) || !newer.dimensionById.has(dimension)) return false;
  const olderQuestions = scored(older.questionsByDimension.get(dimension));
  const newerQuestions = scored(newer.questionsByDimension.get(dimension));
  if (olderQuestions.length !== newerQuestions.length) return false;
  const matched = new Set<string>();
  for (const question of newerQuestions) {
    const earlierId = chain.get(question.id);
    const earlier = earlierId === undefined ? undefined : older.questionById.get(earlierId);
    if (
      earlier === undefined ||
      !isScored(earlier) ||
      earlier.dimension !== dimension ||
      earlier.weight !== question.weight ||
      matched.has(earlier.id)
    )
      return false;
    matched.add(earlier.id);
  }
  return true;
}

/**
 * The measures two versions of the same questionnaire share. `definitions` finds the versions in
 * between; without them (or with one missing) only adjacent versions can be linked.
 */
export function comparableMeasures(
  a: PreparedQuestionnaire,
  b: PreparedQuestionnaire,
  definitions?: DefinitionLookup,
): Comparability {
  const dimensions = [
    ...new Set([
      ...a.definition.dimensions.map((d) => d.id),
      ...b.definition.dimensions.map((d) => d.id),
    ]),
  ];
  const measures: (string | null)[] = [null, ...dimensions];
  if (a.definition.id !== b.definition.id) return { comparable: [], notComparable: measures };
  const [older, newer] =
    compareVersions(a.definition.version, b.definition.version) <= 0 ? [a, b] : [b, a];
  const chain = questionChain(older, newer, definitions);
  if (chain === null) return { comparable: [], notComparable: measures };
  const comparableDimensions = new Set(
    dimensions.filter((dimension) => dimensionCorresponds(dimension, older, newer, chain)),
  );
  const sameWeights = dimensions.every(
    (dimension) =>
      older.dimensionById.get(dimension)?.weight === newer.dimensionById.get(dimension)?.weight,
  );
  const overall = sameWeights && comparableDimensions.size === dimensions.length;
  const isComparable = (measure: string | null) =>
    measure === null ? overall : comparableDimensions.has(measure);
  return {
    comparable: measures.filter(isComparable),
    notComparable: measures.filter((m) => !isComparable(m)),
  };
}
