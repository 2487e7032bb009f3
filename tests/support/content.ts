// Loads the shipped questionnaires and their example answer sets from assessments/ for content tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Answer, Answers } from '../../src/engine/answer';
import { exampleAnswersSchema, type ExampleAnswers } from '../../src/engine/example-answers';
import type { PreparedQuestionnaire } from '../../src/engine/prepare';
import type { Question } from '../../src/engine/schema';
import { compareVersions } from '../../src/engine/versions';
import { prepare } from './example';

export const questionnaireIds = [
  'digital-maturity',
  'cybersecurity-baseline',
  'digital-literacy',
] as const;

/** Every published version of a questionnaire, oldest first (from its published.json). */
export function publishedVersions(id: string): string[] {
  const published = JSON.parse(
    readFileSync(join('assessments', id, 'published.json'), 'utf8'),
  ) as Record<string, string>;
  return Object.keys(published).sort(compareVersions);
}

/** The version new cycles start on. */
export function latestVersion(id: string): string {
  return publishedVersions(id).at(-1) ?? '1.0.0';
}

/**
 * A version newer than every shipped one (the next minor version), for test fixtures that offer a
 * newer questionnaire: they must never collide with a version that ships.
 */
export function unshippedVersion(id: string): string {
  const [major = 1, minor = 0] = latestVersion(id).split('.').map(Number);
  return `${major}.${minor + 1}.0`;
}

export function readRaw(id: string, version = '1.0.0'): unknown {
  return JSON.parse(readFileSync(join('assessments', id, `${version}.json`), 'utf8'));
}

export function loadShipped(id: string, version = '1.0.0'): PreparedQuestionnaire {
  return prepare(readRaw(id, version));
}

/** The example answer sets written for one version of a questionnaire (1.0.0 unless told). */
export function loadExamples(
  id: string,
  version = '1.0.0',
): { name: string; example: ExampleAnswers }[] {
  const dir = join('assessments', id, 'examples', version);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({
      name: name.replace(/\.json$/, ''),
      example: exampleAnswersSchema.parse(JSON.parse(readFileSync(join(dir, name), 'utf8'))),
    }));
}

function extreme(question: Question, highest: boolean): Answer | undefined {
  switch (question.kind) {
    case 'scale':
      return { value: highest ? 4 : 0 };
    case 'yes-partly-no':
      return { value: highest ? 'yes' : 'no' };
    case 'single-choice': {
      const sorted = [...question.options].sort((a, b) => a.score - b.score);
      return { value: (highest ? sorted[sorted.length - 1] : sorted[0])?.id ?? '' };
    }
    case 'checklist':
      return { value: highest ? question.options.map((o) => o.id) : [] };
    default:
      return undefined;
  }
}

/**
 * Every scored question answered at its lowest or highest; with `pick`, only the questions it keeps
 * (by position in the questionnaire), e.g. every third one for a response a third done.
 */
export function extremeAnswers(
  questionnaire: PreparedQuestionnaire,
  highest: boolean,
  pick: (index: number) => boolean = () => true,
): Answers {
  return Object.fromEntries(
    questionnaire.definition.questions.flatMap((question, index) => {
      const answer = extreme(question, highest);
      return answer === undefined || !pick(index) ? [] : [[question.id, answer]];
    }),
  );
}

/** Every third question of a questionnaire: about a third of it answered, in every dimension. */
export const everyThird = (index: number) => index % 3 === 0;
