// Builders for engine tests: the example questionnaire and small answer sets.
import example from '../fixtures/example-questionnaire.json';
import type { Answer, Answers } from '../../src/engine/answer';
import { parseQuestionnaire, type PreparedQuestionnaire } from '../../src/engine/prepare';

export const exampleRaw: unknown = example;

export function prepare(raw: unknown): PreparedQuestionnaire {
  const parsed = parseQuestionnaire(raw);
  if (!parsed.ok) throw new Error(`fixture does not parse: ${JSON.stringify(parsed.issues)}`);
  return parsed.questionnaire;
}

export const exampleQuestionnaire = prepare(example);

/** A deep copy of the example definition to alter in a test. */
export function exampleCopy(): Record<string, unknown> & {
  questions: Record<string, unknown>[];
  recommendations: Record<string, unknown>[];
  dimensions: Record<string, unknown>[];
} {
  return structuredClone(example);
}

export const value = (v: Answer['value']): Answer => ({ value: v });
export const dontKnow: Answer = { special: 'dont-know' };
export const notApplicable: Answer = { special: 'not-applicable' };

/** Every scored question of the example answered at its best. */
export const bestAnswers: Answers = {
  'staff-count': value(12),
  mfa: value(['email', 'files', 'admin']),
  backups: value('yes'),
  website: value('provider'),
  training: value(4),
  'training-budget': value('yes'),
};

/** Every scored question of the example answered at its worst. */
export const worstAnswers: Answers = {
  'staff-count': value(6),
  mfa: value([]),
  backups: value('no'),
  website: value('nobody'),
  training: value(0),
};

/** Version 1.1.0 of the example: "website" renamed to "website-care", "backups" dropped, "phishing" new. */
export function exampleNextVersion(): PreparedQuestionnaire {
  const definition = exampleCopy();
  definition.version = '1.1.0';
  definition.previous = { version: '1.0.0', questionMap: { 'website-care': 'website' } };
  definition.questions = definition.questions
    .filter((q) => q.id !== 'backups')
    .map((q) => (q.id === 'website' ? { ...q, id: 'website-care' } : q));
  definition.questions.push({
    id: 'phishing',
    dimension: 'security',
    kind: 'yes-partly-no',
    prompt: { en: 'Phishing training?', fr: 'Formation sur l’hameçonnage?' },
  });
  definition.recommendations = definition.recommendations.filter(
    (r) => !JSON.stringify(r.trigger).includes('backups') && r.id !== 'test-backups',
  );
  return prepare(definition);
}
