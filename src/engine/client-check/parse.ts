// Parses a client check definition (as read from JSON) and prepares it for scoring, or lists what is
// wrong, exactly as ../prepare.ts does for the agency questionnaires.
import { contentHash } from '../content-hash';
import { MAX_NESTING, tooDeep } from '../nesting';
import { jsonPath, prepareQuestionnaire, type PreparedQuestionnaire } from '../prepare';
import { clientQuestionnaireSchema, type ClientQuestionnaire } from './schema';

export type PreparedClientCheck = PreparedQuestionnaire<ClientQuestionnaire>;

export type ParseClientCheckResult =
  | { ok: true; questionnaire: PreparedClientCheck }
  | { ok: false; issues: { path: string; message: string }[] };

/** Whether a raw definition says it is answered by clients (and so follows this format). */
export function isClientDefinition(raw: unknown): boolean {
  return (
    raw !== null &&
    typeof raw === 'object' &&
    (raw as Record<string, unknown>).audience === 'client'
  );
}

export function parseClientCheck(raw: unknown): ParseClientCheckResult {
  const deep = tooDeep(raw);
  if (deep !== null) {
    return {
      ok: false,
      issues: [{ path: jsonPath(deep), message: `nested more than ${MAX_NESTING} levels deep` }],
    };
  }
  const parsed = clientQuestionnaireSchema.safeParse(raw);
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
