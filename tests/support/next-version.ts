// A made-up version of the cybersecurity baseline, newer than every shipped one and built from the
// newest, for comparisons across questionnaire versions: "scam-awareness" is renamed "newcomer-scams"
// (declared in previous.questionMap), "usb-use" is dropped, and a new dimension "AI tools" holds one
// new question. Only tests know this version.
import type { Answers } from '../../src/engine/answer';
import type { PreparedQuestionnaire } from '../../src/engine/prepare';
import { prepare } from './example';
import { latestVersion, readRaw, unshippedVersion } from './content';

/** The newest shipped version, which the made-up one follows. */
export const SHIPPED_VERSION = latestVersion('cybersecurity-baseline');
export const NEXT_VERSION = unshippedVersion('cybersecurity-baseline');

type Json = Record<string, unknown>;

/** Removes conditions about `questionId` from any/all lists. */
function withoutQuestion(condition: Json, questionId: string): Json {
  if (!Array.isArray(condition.conditions)) return condition;
  return {
    ...condition,
    conditions: (condition.conditions as Json[])
      .filter((c) => c.question !== questionId)
      .map((c) => withoutQuestion(c, questionId)),
  };
}

let cached: PreparedQuestionnaire | undefined;

export function cyberNextVersion(): PreparedQuestionnaire {
  if (cached) return cached;
  const text = JSON.stringify(readRaw('cybersecurity-baseline', SHIPPED_VERSION)).replaceAll(
    '"scam-awareness"',
    '"newcomer-scams"',
  );
  const definition = JSON.parse(text) as Json & {
    questions: Json[];
    dimensions: Json[];
    recommendations: (Json & { trigger: Json })[];
  };
  definition.version = NEXT_VERSION;
  definition.previous = {
    version: SHIPPED_VERSION,
    questionMap: { 'newcomer-scams': 'scam-awareness' },
  };
  definition.questions = definition.questions.filter((q) => q.id !== 'usb-use');
  definition.recommendations = definition.recommendations.map((r) => ({
    ...r,
    trigger: withoutQuestion(r.trigger, 'usb-use'),
  }));
  definition.dimensions.push({
    id: 'ai-tools',
    title: { en: 'AI tools', fr: 'Outils d’IA' },
    description: {
      en: 'Whether staff know which AI tools may be used with client information.',
      fr: 'Le personnel sait-il quels outils d’IA peuvent servir avec les renseignements de la clientèle.',
    },
  });
  definition.questions.push({
    id: 'ai-tools-rules',
    dimension: 'ai-tools',
    kind: 'yes-partly-no',
    prompt: {
      en: 'Do staff know which AI tools they may use with client information?',
      fr: 'Le personnel sait-il quels outils d’IA il peut utiliser avec les renseignements de la clientèle ?',
    },
  });
  cached = prepare(definition);
  return cached;
}

/** Answers to the shipped version moved onto the made-up one: the renamed question keeps its answer, the dropped one is gone. */
export function onNextVersion(answers: Answers): Answers {
  const { 'scam-awareness': scams, 'usb-use': _dropped, ...rest } = answers;
  return {
    ...rest,
    ...(scams === undefined ? {} : { 'newcomer-scams': scams }),
    'ai-tools-rules': { value: 'partly' },
  };
}
