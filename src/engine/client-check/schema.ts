// The definition format of a client check: a questionnaire a newcomer client answers, one question per
// screen, in more languages than the two official ones. It extends the questionnaire schema
// (../schema.ts) and lives in its own module so the agency screens' first load does not carry it.
import { z } from 'zod/mini';
import {
  conditionSchema,
  dimensionSchema,
  idSchema,
  localizedTextSchema,
  maturityLevelSchema,
  questionBase,
  questionnaireSchema,
  recommendationSchema,
  unitScore,
} from '../schema';

/** Languages a client can answer in. English and French are always there; the others are offered
 * when the definition lists them in `languages`. */
export const clientLanguages = ['en', 'fr', 'ar', 'es', 'uk', 'zh'] as const;
export type ClientLanguage = (typeof clientLanguages)[number];
export const clientLanguageSchema = z.enum(clientLanguages);

const text = (language: string) =>
  z.string().check(z.trim(), z.minLength(1, `${language} text is empty`));

/** A client-facing text: English and French always, each other declared language as well (checked by
 * validate.ts, since the schema does not know which languages a definition declares). */
export const clientTextSchema = z.strictObject({
  en: text('English'),
  fr: text('French'),
  ar: z.optional(text('Arabic')),
  es: z.optional(text('Spanish')),
  uk: z.optional(text('Ukrainian')),
  zh: z.optional(text('Chinese')),
});
export type ClientText = z.infer<typeof clientTextSchema>;

/** A simple drawing shown with a question. `svg` is checked element by element (svg-picture.ts);
 * `alt` describes what is drawn, for people who cannot see it. */
export const pictureSchema = z.strictObject({ svg: z.string(), alt: clientTextSchema });
export type Picture = z.infer<typeof pictureSchema>;

const clientOptionSchema = z.strictObject({
  id: idSchema,
  label: clientTextSchema,
  score: unitScore,
});

/** One choice among a few answers: the only kind a client check asks, one question per screen. */
export const clientQuestionSchema = z.strictObject({
  ...questionBase,
  prompt: clientTextSchema,
  help: z.optional(clientTextSchema),
  kind: z.literal('single-choice'),
  options: z.array(clientOptionSchema).check(z.minLength(2), z.maxLength(6)),
  picture: z.optional(pictureSchema),
  /** For the worker: what counts, what to avoid asking (staff language only). */
  staffNote: z.optional(localizedTextSchema),
});
export type ClientQuestion = z.infer<typeof clientQuestionSchema>;

export const clientDimensionSchema = z.extend(dimensionSchema, {
  title: clientTextSchema,
  description: clientTextSchema,
  /** false: an area asked for context only (device, internet) that gets no score and no level. */
  scored: z.optional(z.boolean()),
});

export const clientLevelSchema = z.extend(maturityLevelSchema, {
  label: clientTextSchema,
  description: clientTextSchema,
});

/** A kind of local help a result can point to: never a named provider, so any agency can use it. */
export const helpKindSchema = z.strictObject({
  id: idSchema,
  label: clientTextSchema,
  staffDescription: localizedTextSchema,
});
export type HelpKind = z.infer<typeof helpKindSchema>;

export const resultSections = ['can-do', 'learn-next'] as const;

/**
 * A line of the client's result: "what you can already do" (`can-do`, never an action, so never on a
 * roadmap) or "what to learn next" (`learn-next`, matched to kinds of help). `clientOrder` ranks the
 * learn-next items; the client sees the first few, the worker all of them.
 */
export const clientResultLineSchema = z.extend(recommendationSchema, {
  title: clientTextSchema,
  body: clientTextSchema,
  section: z.enum(resultSections),
  area: z.optional(idSchema),
  helpKinds: z._default(z.array(idSchema), []),
  clientOrder: z.optional(z.number().check(z.int(), z.positive())),
  trigger: conditionSchema,
});
export type ClientResultLine = z.infer<typeof clientResultLineSchema>;

/** Something said for some of the client languages (each optional). */
function perLanguage<T extends z.ZodMiniType>(value: T) {
  return z.strictObject({
    en: z.optional(value),
    fr: z.optional(value),
    ar: z.optional(value),
    es: z.optional(value),
    uk: z.optional(value),
    zh: z.optional(value),
  });
}

export const translationStatuses = [
  /** The language the text was written in. */
  'source',
  /** Checked by a fluent speaker (who and when in `reviewedBy`, `reviewedOn`). */
  'reviewed',
  /** Written by the authors alongside the source, not yet read by a second fluent speaker. */
  'drafted-not-reviewed',
  /** Drafted with machine help; no fluent speaker has checked it. */
  'machine-assisted-unreviewed',
] as const;
export type TranslationStatus = (typeof translationStatuses)[number];

/** Whether a translation's status must be said on screen: anything not written or checked by a
 * fluent speaker. */
export const needsNotice = (status: TranslationStatus): boolean =>
  status !== 'source' && status !== 'reviewed';

export const translationSchema = z.strictObject({
  /** The language's name in that language, for the client's language choice ("العربية"). */
  name: z.string().check(z.trim(), z.minLength(1)),
  dir: z.enum(['ltr', 'rtl']),
  status: z.enum(translationStatuses),
  /** For maintainers: how the text was made. */
  statusNote: z.optional(z.string()),
  /** The on-screen line saying the status, in English, French and the language itself. */
  notice: z.optional(perLanguage(z.string().check(z.minLength(1)))),
  reviewedBy: z.optional(z.string().check(z.minLength(1))),
  reviewedOn: z.optional(z.iso.date()),
});
export type Translation = z.infer<typeof translationSchema>;

/** Words of the client's screens that are not questions: buttons, headings, the privacy line. */
export const clientInterfaceKeys = [
  'chooseLanguage',
  'start',
  'privacy',
  'questionProgress',
  'back',
  'listen',
  'stopListening',
  'resultTitle',
  'levelsHeading',
  'notEnoughAnswers',
  'canDoHeading',
  'canDoNone',
  'learnNextHeading',
  'learnNextNone',
  'helpKindsLabel',
  'askYourWorker',
  'print',
  'finish',
  'finishNote',
] as const;
export type ClientInterfaceKey = (typeof clientInterfaceKeys)[number];
const clientInterfaceSchema = z.strictObject(
  Object.fromEntries(clientInterfaceKeys.map((key) => [key, clientTextSchema])) as Record<
    ClientInterfaceKey,
    typeof clientTextSchema
  >,
);

/** What the worker reads when the questions are asked by phone or video (staff language only). */
export const readAloudSchema = z.strictObject({
  beforeYouStart: localizedTextSchema,
  opening: localizedTextSchema,
  answerPrompt: localizedTextSchema,
  accessPrompt: z.optional(localizedTextSchema),
  tips: z.array(localizedTextSchema),
  closing: localizedTextSchema,
  readingTheResult: localizedTextSchema,
});

export const staffGuideSchema = z.strictObject({
  /** The check's name as staff see it. */
  title: localizedTextSchema,
  summary: localizedTextSchema,
  readAloud: readAloudSchema,
  /** How levels are computed and how to read them, for staff and funders. */
  resultGuidance: localizedTextSchema,
});
export type StaffGuide = z.infer<typeof staffGuideSchema>;

export const clientQuestionnaireSchema = z.extend(questionnaireSchema, {
  audience: z.literal('client'),
  /** Every language the client-facing text is written in; English and French first. */
  languages: z.array(clientLanguageSchema).check(z.minLength(2)),
  translations: perLanguage(translationSchema),
  title: clientTextSchema,
  description: clientTextSchema,
  clientInterface: clientInterfaceSchema,
  staff: staffGuideSchema,
  helpKinds: z.array(helpKindSchema).check(z.minLength(1)),
  dimensions: z.array(clientDimensionSchema).check(z.minLength(1)),
  questions: z.array(clientQuestionSchema).check(z.minLength(1)),
  levels: z.array(clientLevelSchema).check(z.minLength(2)),
  recommendations: z._default(z.array(clientResultLineSchema), []),
});
export type ClientQuestionnaire = z.infer<typeof clientQuestionnaireSchema>;
