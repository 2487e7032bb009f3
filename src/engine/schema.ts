// The questionnaire definition format: one zod schema is the single source of every definition type.
import { z } from 'zod';

/** A user-visible text in both official languages. Both must be non-blank. */
export const localizedTextSchema = z.strictObject({
  en: z.string().trim().min(1, 'English text is empty'),
  fr: z.string().trim().min(1, 'French text is empty'),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*(\.[a-z0-9-]+)*$/, 'ids use lowercase letters, digits, "-" and "."');

const semverSchema = z
  .string()
  .regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/, 'version must be semver, e.g. 1.0.0');

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
] as const;
export const frameworkReferenceSchema = z.strictObject({
  framework: z.enum(frameworkIds),
  item: z.string().trim().min(1),
});
export type FrameworkReference = z.infer<typeof frameworkReferenceSchema>;

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

const unitScore = z.number().min(0).max(1);
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.discriminatedUnion('op', [
    z.strictObject({ op: z.literal('all'), conditions: z.array(conditionSchema).min(1) }),
    z.strictObject({ op: z.literal('any'), conditions: z.array(conditionSchema).min(1) }),
    z.strictObject({ op: z.literal('not'), condition: conditionSchema }),
    z.strictObject({
      op: z.literal('answer-is'),
      question: idSchema,
      values: z.array(z.union([z.string(), z.number()])).min(1),
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
      value: z.number().min(0).max(100),
    }),
    z.strictObject({
      op: z.literal('dimension-at-least'),
      dimension: idSchema,
      value: z.number().min(0).max(100),
    }),
  ]),
);

const questionBase = {
  id: idSchema,
  dimension: idSchema,
  prompt: localizedTextSchema,
  help: localizedTextSchema.optional(),
  /** Relative weight inside its dimension. */
  weight: z.number().positive().default(1),
  allowNotApplicable: z.boolean().default(false),
  allowDontKnow: z.boolean().default(true),
  /** A critical question left unmet caps the overall level (e.g. "baseline not met"). */
  critical: z.boolean().default(false),
  /** Score (0..1) a critical question must reach to count as met. */
  criticalPassScore: unitScore.default(1),
  /** Shown only when this condition holds; may refer only to questions listed earlier. */
  showIf: conditionSchema.optional(),
  references: z.array(frameworkReferenceSchema).default([]),
  /** Wording of the "find out" roadmap item produced by a "don't know" answer. */
  findOut: localizedTextSchema.optional(),
};

const choiceOptionSchema = z.strictObject({
  id: idSchema,
  label: localizedTextSchema,
  score: unitScore,
});

const checklistOptionSchema = z.strictObject({
  id: idSchema,
  label: localizedTextSchema,
  weight: z.number().positive().default(1),
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
    options: z.array(choiceOptionSchema).min(2),
  }),
  z.strictObject({
    ...questionBase,
    kind: z.literal('checklist'),
    /** Score is the weighted share of options ticked. */
    options: z.array(checklistOptionSchema).min(1),
  }),
  z.strictObject({
    ...questionBase,
    kind: z.literal('number'),
    min: z.number().optional(),
    max: z.number().optional(),
    unit: localizedTextSchema.optional(),
  }),
  z.strictObject({ ...questionBase, kind: z.literal('text') }),
]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionKind = Question['kind'];
export const unscoredKinds: ReadonlySet<QuestionKind> = new Set(['number', 'text']);

export const dimensionSchema = z.strictObject({
  id: idSchema,
  title: localizedTextSchema,
  description: localizedTextSchema,
  weight: z.number().positive().default(1),
  references: z.array(frameworkReferenceSchema).default([]),
});
export type Dimension = z.infer<typeof dimensionSchema>;

export const maturityLevelSchema = z.strictObject({
  id: idSchema,
  /** Lowest score (0..100) of this level; the first level starts at 0. */
  lowerBound: z.number().min(0).max(100),
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

export const resourceLinkSchema = z.strictObject({
  title: localizedTextSchema,
  url: z.url({ protocol: /^https$/ }),
  /** Free or discounted for nonprofits. */
  free: z.boolean().optional(),
});
export type ResourceLink = z.infer<typeof resourceLinkSchema>;

export const recommendationSchema = z.strictObject({
  id: idSchema,
  title: localizedTextSchema,
  body: localizedTextSchema,
  firstStep: localizedTextSchema.optional(),
  /** Who usually does this in a small organization (e.g. "executive director with an IT volunteer"). */
  whoDoesIt: localizedTextSchema.optional(),
  effort: effortSchema,
  impact: impactSchema,
  trigger: conditionSchema,
  dependsOn: z.array(idSchema).default([]),
  horizon: horizonSchema.optional(),
  resources: z.array(resourceLinkSchema).default([]),
});
export type Recommendation = z.infer<typeof recommendationSchema>;

/** What a version carries over from an earlier one, so results can be compared across versions. */
export const previousVersionSchema = z.strictObject({
  version: semverSchema,
  /** New question id → question id in the previous version, for questions that mean the same thing. */
  questionMap: z.record(idSchema, idSchema).default({}),
});

export const questionnaireSchema = z.strictObject({
  $schema: z.string().optional(),
  id: idSchema,
  version: semverSchema,
  /** Who answers: the organization as a whole (leadership) or each staff member for themselves. */
  respondent: z.enum(['organization', 'individual']),
  title: localizedTextSchema,
  description: localizedTextSchema,
  dimensions: z.array(dimensionSchema).min(1),
  questions: z.array(questionSchema).min(1),
  levels: z.array(maturityLevelSchema).min(2),
  /** Level the overall result is capped at when a critical question is unmet. */
  criticalCap: z.strictObject({ level: idSchema, message: localizedTextSchema }).optional(),
  recommendations: z.array(recommendationSchema).default([]),
  previous: previousVersionSchema.optional(),
});
export type Questionnaire = z.infer<typeof questionnaireSchema>;
/** The definition as written in the file, before defaults are applied. */
export type QuestionnaireInput = z.input<typeof questionnaireSchema>;
