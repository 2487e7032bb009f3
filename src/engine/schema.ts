// The questionnaire definition format: one zod schema is the single source of every definition type.
// zod/mini (same library, functional API) keeps the app's first load small.
import { z } from 'zod/mini';
import { provinces } from './provinces';

/** A user-visible text in both official languages. Both must be non-blank. */
export const localizedTextSchema = z.strictObject({
  en: z.string().check(z.trim(), z.minLength(1, 'English text is empty')),
  fr: z.string().check(z.trim(), z.minLength(1, 'French text is empty')),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const idSchema = z
  .string()
  .check(
    z.regex(
      /^[a-z0-9][a-z0-9-]*(\.[a-z0-9-]+)*$/,
      'ids use lowercase letters, digits, "-" and "."',
    ),
  );

export const semverSchema = z
  .string()
  .check(
    z.regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/, 'version must be semver, e.g. 1.0.0'),
  );

/** Frameworks a question can be mapped to, so funders can read results in the framework they know. */
export const frameworkIds = [
  'CCCS-baseline',
  'CAN-DGSI-104',
  'CIS-v8',
  'NIST-CSF-2.0',
  'Cyber-Essentials',
  'DigComp-2.2',
  'DigComp-3.0',
  'Skills-for-Success',
  'NetHope-DNA',
  'EU-DMAT',
  'NCVO-DMM',
  'Charity-Digital-Code',
  'GC-Digital-Standards',
  'UK-EDS',
  'Northstar',
] as const;
export const frameworkReferenceSchema = z.strictObject({
  framework: z.enum(frameworkIds),
  item: z.string().check(z.trim(), z.minLength(1)),
});
export type FrameworkReference = z.infer<typeof frameworkReferenceSchema>;

/** Share of applicable questions a dimension needs answered to earn a level, unless a definition sets it. */
export const DEFAULT_LEVEL_COVERAGE = 0.8;

/** Fixed answers of a yes/partly/no question, with their scores. */
export const yesPartlyNoScores = { yes: 1, partly: 0.5, no: 0 } as const;
export type YesPartlyNo = keyof typeof yesPartlyNoScores;

/**
 * A condition on answers or dimension scores. Used for display conditions and recommendation triggers.
 * Question scores are 0..1, dimension scores 0..100.
 */
export type Condition =
  | { op: 'all'; conditions: Condition[] }
  | { op: 'any'; conditions: Condition[] }
  | { op: 'not'; condition: Condition }
  | { op: 'answer-is'; question: string; values: (string | number)[] }
  | { op: 'answer-includes'; question: string; option: string }
  | { op: 'answer-excludes'; question: string; option: string }
  | { op: 'score-below'; question: string; value: number }
  | { op: 'score-at-least'; question: string; value: number }
  | { op: 'dont-know'; question: string }
  | { op: 'number-at-least'; question: string; value: number }
  | { op: 'dimension-below'; dimension: string; value: number }
  | { op: 'dimension-at-least'; dimension: string; value: number };

export const unitScore = z.number().check(z.gte(0), z.lte(1));
/** Relative weights: positive, and bounded so that weighted sums can never overflow to Infinity. */
export const weightSchema = z._default(z.number().check(z.positive(), z.lte(1000)), 1);
export const conditionSchema: z.ZodMiniType<Condition> = z.lazy(() =>
  z.discriminatedUnion('op', [
    z.strictObject({
      op: z.literal('all'),
      conditions: z.array(conditionSchema).check(z.minLength(1)),
    }),
    z.strictObject({
      op: z.literal('any'),
      conditions: z.array(conditionSchema).check(z.minLength(1)),
    }),
    z.strictObject({ op: z.literal('not'), condition: conditionSchema }),
    z.strictObject({
      op: z.literal('answer-is'),
      question: idSchema,
      values: z.array(z.union([z.string(), z.number()])).check(z.minLength(1)),
    }),
    z.strictObject({ op: z.literal('answer-includes'), question: idSchema, option: idSchema }),
    z.strictObject({ op: z.literal('answer-excludes'), question: idSchema, option: idSchema }),
    z.strictObject({ op: z.literal('score-below'), question: idSchema, value: unitScore }),
    z.strictObject({ op: z.literal('score-at-least'), question: idSchema, value: unitScore }),
    z.strictObject({ op: z.literal('dont-know'), question: idSchema }),
    z.strictObject({ op: z.literal('number-at-least'), question: idSchema, value: z.number() }),
    z.strictObject({
      op: z.literal('dimension-below'),
      dimension: idSchema,
      value: z.number().check(z.gte(0), z.lte(100)),
    }),
    z.strictObject({
      op: z.literal('dimension-at-least'),
      dimension: idSchema,
      value: z.number().check(z.gte(0), z.lte(100)),
    }),
  ]),
);

export const questionBase = {
  id: idSchema,
  dimension: idSchema,
  prompt: localizedTextSchema,
  help: z.optional(localizedTextSchema),
  /** Relative weight inside its dimension. */
  weight: weightSchema,
  allowNotApplicable: z._default(z.boolean(), false),
  allowDontKnow: z._default(z.boolean(), true),
  /** A critical question left unmet caps the overall level (e.g. "baseline not met"). */
  critical: z._default(z.boolean(), false),
  /** Score (0..1) a critical question must reach to count as met. */
  criticalPassScore: z._default(unitScore, 1),
  /** Shown only when this condition holds; may refer only to questions listed earlier. */
  showIf: z.optional(conditionSchema),
  references: z._default(z.array(frameworkReferenceSchema), []),
  /** Wording of the "find out" roadmap item produced by a "don't know" answer. */
  findOut: z.optional(localizedTextSchema),
  /** false: answers are kept for conditions but count in no score (e.g. "do you have a device?"). */
  scored: z.optional(z.boolean()),
};

const choiceOptionSchema = z.strictObject({
  id: idSchema,
  label: localizedTextSchema,
  score: unitScore,
});

const checklistOptionSchema = z.strictObject({
  id: idSchema,
  label: localizedTextSchema,
  weight: weightSchema,
});

export const questionSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...questionBase,
    kind: z.literal('scale'),
    /** What the organization actually does at each step 0..4; the step scores step/4. */
    anchors: z.tuple([
      localizedTextSchema,
      localizedTextSchema,
      localizedTextSchema,
      localizedTextSchema,
      localizedTextSchema,
    ]),
  }),
  z.strictObject({ ...questionBase, kind: z.literal('yes-partly-no') }),
  z.strictObject({
    ...questionBase,
    kind: z.literal('single-choice'),
    options: z.array(choiceOptionSchema).check(z.minLength(2)),
  }),
  z.strictObject({
    ...questionBase,
    kind: z.literal('checklist'),
    /** Score is the weighted share of options ticked. */
    options: z.array(checklistOptionSchema).check(z.minLength(1)),
  }),
  z.strictObject({
    ...questionBase,
    kind: z.literal('number'),
    min: z.optional(z.number()),
    max: z.optional(z.number()),
    unit: z.optional(localizedTextSchema),
  }),
  z.strictObject({ ...questionBase, kind: z.literal('text') }),
]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionKind = Question['kind'];
export const unscoredKinds: ReadonlySet<QuestionKind> = new Set(['number', 'text']);
/** Whether a question's answer counts in scores: its kind has a score and it is not marked unscored. */
export const isScored = (question: Question): boolean =>
  !unscoredKinds.has(question.kind) && question.scored !== false;

export const dimensionSchema = z.strictObject({
  id: idSchema,
  title: localizedTextSchema,
  description: localizedTextSchema,
  weight: weightSchema,
  references: z._default(z.array(frameworkReferenceSchema), []),
});
export type Dimension = z.infer<typeof dimensionSchema>;

export const maturityLevelSchema = z.strictObject({
  id: idSchema,
  /** Lowest score (0..100) of this level; the first level starts at 0. */
  lowerBound: z.number().check(z.gte(0), z.lte(100)),
  label: localizedTextSchema,
  description: localizedTextSchema,
});
export type MaturityLevel = z.infer<typeof maturityLevelSchema>;

export const effortSchema = z.enum(['low', 'medium', 'high']);
export type Effort = z.infer<typeof effortSchema>;
export const impactSchema = z.enum(['low', 'medium', 'high']);
export type Impact = z.infer<typeof impactSchema>;
export const horizonSchema = z.enum(['now', 'next', 'later']);
export type Horizon = z.infer<typeof horizonSchema>;

const httpsUrl = z.url({ protocol: /^https$/ });

export const resourceLinkSchema = z.strictObject({
  title: localizedTextSchema,
  /** One address, or the English and the French page (a French reader gets the French one). */
  url: z.union([httpsUrl, z.strictObject({ en: httpsUrl, fr: httpsUrl })]),
  /** The page exists in this language only, so both languages link to it (and the title says so). */
  onlyIn: z.optional(z.enum(['en', 'fr'])),
  /** Free or discounted for nonprofits. */
  free: z.optional(z.boolean()),
  /** A law- or province-specific resource applies only where the organization works. */
  provinces: z.optional(z.array(z.enum(provinces)).check(z.minLength(1))),
});
export type ResourceLink = z.infer<typeof resourceLinkSchema>;

/** The most any single cost figure may say: ten million dollars (or hours); more is a typing slip. */
export const MAX_COST_FIGURE = 10_000_000;
const costFigure = z.number().check(z.gte(0), z.lte(MAX_COST_FIGURE));

// Rules across fields (min ≤ max, at least one part) are checked by `costEstimateIssues`, outside the
// schema: the app parses every definition on first load, and cross-field checks would add to it.

/** A range of dollars or hours, lowest first; min = max states one figure. */
export const costRangeSchema = z.strictObject({ min: costFigure, max: costFigure });
export type CostRange = z.infer<typeof costRangeSchema>;

export const recurringCostSchema = z.strictObject({
  min: costFigure,
  max: costFigure,
  per: z.enum(['month', 'year']),
  /** "staff": the figure is per staff member and is multiplied by the staff count. */
  scope: z.enum(['organization', 'staff']),
});
export type RecurringCost = z.infer<typeof recurringCostSchema>;

/**
 * What an action costs, in Canadian dollars and staff time, as estimated on a given month. A part that
 * is left out does not apply to the action (an estimate with only staff hours costs no money).
 */
export const costEstimateSchema = z.strictObject({
  oneTime: z.optional(costRangeSchema),
  recurring: z.optional(recurringCostSchema),
  staffHours: z.optional(costRangeSchema),
  /** Month of the estimate, "YYYY-MM": prices change, so the reader knows how old it is. */
  asOf: z.optional(
    z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'asOf must be a month, e.g. 2026-04')),
  ),
  /** One line on what the figures rest on, e.g. "nonprofit price of Microsoft 365 Business Premium". */
  basis: z.optional(localizedTextSchema),
});
export type CostEstimate = z.infer<typeof costEstimateSchema>;

/** "<questionnaire id>/<recommendation id>": a recommendation of any questionnaire. */
export const recommendationRefSchema = z
  .string()
  .check(
    z.regex(
      /^[a-z0-9][a-z0-9-]*(\.[a-z0-9-]+)*\/[a-z0-9][a-z0-9-]*(\.[a-z0-9-]+)*$/,
      'a reference to a recommendation is "<questionnaire id>/<recommendation id>"',
    ),
  );

export const recommendationSchema = z.strictObject({
  id: idSchema,
  title: localizedTextSchema,
  body: localizedTextSchema,
  firstStep: z.optional(localizedTextSchema),
  /** Who usually does this in a small organization (e.g. "executive director with an IT volunteer"). */
  whoDoesIt: z.optional(localizedTextSchema),
  effort: effortSchema,
  impact: impactSchema,
  trigger: conditionSchema,
  dependsOn: z._default(z.array(idSchema), []),
  horizon: z.optional(horizonSchema),
  resources: z._default(z.array(resourceLinkSchema), []),
  /** Estimated cost of the action; absent means "not estimated", never zero. */
  cost: z.optional(costEstimateSchema),
  /**
   * This recommendation is the same action as another one ("<questionnaire id>/<recommendation id>",
   * the canonical one, which declares no sameAs itself): in a cycle they are one action.
   */
  sameAs: z.optional(recommendationRefSchema),
});
export type Recommendation = z.infer<typeof recommendationSchema>;

/** What a version carries over from an earlier one, so results can be compared across versions. */
export const previousVersionSchema = z.strictObject({
  version: semverSchema,
  /** New question id → question id in the previous version, for questions that mean the same thing. */
  questionMap: z._default(z.record(idSchema, idSchema), {}),
});

export const questionnaireSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id: idSchema,
  version: semverSchema,
  /** Who answers: the organization as a whole (leadership) or each staff member for themselves. */
  respondent: z.enum(['organization', 'individual']),
  title: localizedTextSchema,
  description: localizedTextSchema,
  dimensions: z.array(dimensionSchema).check(z.minLength(1)),
  questions: z.array(questionSchema).check(z.minLength(1)),
  levels: z.array(maturityLevelSchema).check(z.minLength(2)),
  /**
   * Share (0..1) of a dimension's applicable questions that must be answered ("don't know" counts)
   * before its score earns a level; below it the result is provisional. Absent in the 1.0.0 files,
   * which therefore keep their content hash and get the default.
   */
  levelCoverage: z._default(unitScore, DEFAULT_LEVEL_COVERAGE),
  /** Level the overall result is capped at when a critical question is unmet. */
  criticalCap: z.optional(z.strictObject({ level: idSchema, message: localizedTextSchema })),
  recommendations: z._default(z.array(recommendationSchema), []),
  previous: z.optional(previousVersionSchema),
});
export type Questionnaire = z.infer<typeof questionnaireSchema>;
/** The definition as written in the file, before defaults are applied. */
export type QuestionnaireInput = z.input<typeof questionnaireSchema>;
