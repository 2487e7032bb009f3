// Why an imported file was refused. Every code has its own translated message (locales/*/transfer.json).

export const importErrorCodes = [
  'too-large',
  'empty',
  'not-text',
  'not-json',
  'duplicate-names',
  'truncated',
  'not-boussole',
  'wrong-kind',
  'future-version',
  'unsupported-version',
  'tampered',
  'invalid-structure',
  'unknown-questionnaire',
  'questionnaire-changed',
  'questionnaire-not-in-cycle',
  'answers-invalid',
  'duplicate',
  'older-copy',
  'cycle-closed',
  'cycle-missing',
  'inconsistent-backup',
  'duplicate-records',
  'storage-failed',
  'read-failed',
  'cancelled',
] as const;
export type ImportErrorCode = (typeof importErrorCodes)[number];

export interface ImportError {
  code: ImportErrorCode;
  /** Values for the message, e.g. the JSON path and what is wrong there. */
  details: Record<string, string | number>;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: ImportError };

export const refuse = (
  code: ImportErrorCode,
  details: Record<string, string | number> = {},
): {
  ok: false;
  error: ImportError;
} => ({ ok: false, error: { code, details } });
