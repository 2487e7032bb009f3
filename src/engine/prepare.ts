// A questionnaire definition parsed once and indexed for scoring: lookups by id and its content hash.
import { contentHash } from './content-hash';
import { MAX_NESTING, tooDeep } from './nesting';
import { questionnaireSchema, type Questionnaire } from './schema';

/** `D` is the definition's own type when it extends the questionnaire format (a client check). */
export interface PreparedQuestionnaire<D extends Questionnaire = Questionnaire> {
  readonly definition: D;
  readonly contentHash: string;
  readonly questionById: ReadonlyMap<string, D['questions'][number]>;
  readonly dimensionById: ReadonlyMap<string, D['dimensions'][number]>;
  readonly recommendationById: ReadonlyMap<string, D['recommendations'][number]>;
  readonly questionsByDimension: ReadonlyMap<string, readonly D['questions'][number][]>;
  /** Level ids from lowest to highest. */
  readonly levelOrder: readonly string[];
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** Indexes an already-parsed definition. `hash` is the content hash of the raw file. */
export function prepareQuestionnaire<D extends Questionnaire>(
  definition: D,
  hash: string,
): PreparedQuestionnaire<D> {
  type Q = D['questions'][number];
  const questionsByDimension = new Map<string, Q[]>(
    definition.dimensions.map((dimension) => [dimension.id, []]),
  );
  for (const question of definition.questions) {
    questionsByDimension.get(question.dimension)?.push(question);
  }
  const levelOrder = [...definition.levels]
    .sort((a, b) => a.lowerBound - b.lowerBound)
    .map((level) => level.id);
  return {
    definition,
    contentHash: hash,
    questionById: byId(definition.questions),
    dimensionById: byId(definition.dimensions),
    recommendationById: byId(definition.recommendations),
    questionsByDimension,
    levelOrder,
  };
}

export type ParseQuestionnaireResult =
  | { ok: true; questionnaire: PreparedQuestionnaire }
  | { ok: false; issues: { path: string; message: string }[] };

/** Parses a raw definition (as read from JSON) and prepares it, or lists what is wrong. */
export function parseQuestionnaire(raw: unknown): ParseQuestionnaireResult {
  const deep = tooDeep(raw);
  if (deep !== null) {
    return {
      ok: false,
      issues: [{ path: jsonPath(deep), message: `nested more than ${MAX_NESTING} levels deep` }],
    };
  }
  const parsed = questionnaireSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({
        path: jsonPath(issue.path),
        message: issue.message,
      })),
    };
  }
  return { ok: true, questionnaire: prepareQuestionnaire(parsed.data, contentHash(raw)) };
}

/** `$.questions[3].prompt.fr` style path for messages. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}.${String(key)}`),
    '$',
  );
}
