// Builds a stored cycle with answered responses through the real storage functions, from the shipped
// questionnaires and their example answer sets (assessments/<id>/examples/<version>/).
import { vi } from 'vitest';
import { loadQuestionnaire } from '../../src/content/catalog';
import type { Answers } from '../../src/engine/answer';
import type { PreparedQuestionnaire } from '../../src/engine/prepare';
import { createCycle } from '../../src/storage/cycles';
import type { Cycle } from '../../src/domain/cycle';
import type { Response } from '../../src/domain/response';
import { createResponse, saveAnswer } from '../../src/storage/responses';
import { loadExamples } from './content';

/**
 * The answers of a shipped example, e.g. exampleAnswers('cybersecurity-baseline', 'small-rural-centre'),
 * written for `version` (1.0.0 unless told).
 */
export function exampleAnswers(questionnaireId: string, name: string, version = '1.0.0'): Answers {
  const found = loadExamples(questionnaireId, version).find((example) => example.name === name);
  if (found === undefined) throw new Error(`no example ${name} for ${questionnaireId}`);
  return found.example.answers;
}

export interface ResponseSpec {
  questionnaireId: string;
  respondent?: string;
  answers: Answers;
}

/** Stores one response and its answers; later responses are updated later. */
export async function addResponse(cycle: Cycle, spec: ResponseSpec): Promise<Response> {
  const questionnaire = await loadQuestionnaire(spec.questionnaireId, '1.0.0');
  const response = await createResponse({
    cycleId: cycle.id,
    questionnaireId: spec.questionnaireId,
    version: '1.0.0',
    contentHash: questionnaire.contentHash,
    respondent: spec.respondent ?? 'Executive director',
  });
  for (const [questionId, answer] of Object.entries(spec.answers)) {
    if (answer !== undefined) await saveAnswer(response.id, questionId, answer);
  }
  return response;
}

/** A cycle over `questionnaireIds` (1.0.0) with the given responses. */
export async function cycleWithAnswers(
  questionnaireIds: readonly string[],
  responses: readonly ResponseSpec[],
): Promise<{ cycle: Cycle; responses: Response[]; questionnaires: PreparedQuestionnaire[] }> {
  const cycle = await createCycle(
    '2026 annual self-assessment',
    questionnaireIds.map((id) => ({ id, version: '1.0.0' })),
  );
  const stored: Response[] = [];
  for (const spec of responses) stored.push(await addResponse(cycle, spec));
  const questionnaires = await Promise.all(
    questionnaireIds.map((id) => loadQuestionnaire(id, '1.0.0')),
  );
  return { cycle, responses: stored, questionnaires };
}

/**
 * jsdom has no layout: Recharts' ResponsiveContainer needs a ResizeObserver and warns that its size is
 * 0 × 0. Tests read the table that stands in for the charts, so the warning is noise.
 */
export function prepareChartsForJsdom(): void {
  if (!('ResizeObserver' in globalThis)) {
    globalThis.ResizeObserver = class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    };
  }
  const warn = console.warn.bind(console);
  vi.spyOn(console, 'warn').mockImplementation((message: unknown, ...rest: unknown[]) => {
    if (typeof message === 'string' && message.startsWith('The width(0) and height(0) of chart')) {
      return;
    }
    warn(message, ...rest);
  });
}
