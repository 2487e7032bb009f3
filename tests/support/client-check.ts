// The shipped client check and builders for its tests: answer sets by area, and a copy to break.
import { readFileSync } from 'node:fs';
import type { Answers } from '../../src/engine/answer';
import { parseClientCheck, type PreparedClientCheck } from '../../src/engine/client-check/parse';

export const CLIENT_CHECK_ID = 'newcomer-digital-skills';
export const CLIENT_CHECK_VERSION = '1.0.0';

export function clientCheckRaw(): Record<string, unknown> & {
  questions: Record<string, unknown>[];
  recommendations: Record<string, unknown>[];
  dimensions: Record<string, unknown>[];
  translations: Record<string, Record<string, unknown>>;
} {
  return JSON.parse(
    readFileSync(`assessments/${CLIENT_CHECK_ID}/${CLIENT_CHECK_VERSION}.json`, 'utf8'),
  ) as ReturnType<typeof clientCheckRaw>;
}

export function prepareClientCheck(raw: unknown = clientCheckRaw()): PreparedClientCheck {
  const parsed = parseClientCheck(raw);
  if (!parsed.ok) throw new Error(`client check does not parse: ${JSON.stringify(parsed.issues)}`);
  return parsed.questionnaire;
}

export const clientCheck = prepareClientCheck();

export type SkillAnswer = 'alone' | 'with-help' | 'not-yet' | 'not-sure';

/** Skill questions (those with a level) of an area. */
export const skillQuestions = (area: string): string[] =>
  (clientCheck.questionsByDimension.get(area) ?? [])
    .filter((question) => question.scored !== false)
    .map((question) => question.id);

export const areas = clientCheck.definition.dimensions
  .filter((dimension) => dimension.scored !== false)
  .map((dimension) => dimension.id);

/** The same answer to every skill question of each area named (others unanswered), plus access. */
export function answersByArea(
  byArea: Partial<Record<string, SkillAnswer>>,
  access: { device?: 'own' | 'shared' | 'none'; internet?: 'yes' | 'sometimes' | 'no' } = {
    device: 'own',
    internet: 'yes',
  },
): Answers {
  const answers: Record<string, { value: string }> = {};
  for (const [area, answer] of Object.entries(byArea)) {
    if (answer === undefined) continue;
    for (const id of skillQuestions(area)) answers[id] = { value: answer };
  }
  if (access.device) answers['has-device'] = { value: access.device };
  if (access.internet) answers['has-internet'] = { value: access.internet };
  return answers;
}

export const everyArea = (answer: SkillAnswer): Partial<Record<string, SkillAnswer>> =>
  Object.fromEntries(areas.map((area) => [area, answer]));
