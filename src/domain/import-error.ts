// Why an imported or restored file was refused, as plain data the screens word in the person's
// language (src/components/use-file-refusal.ts): each code has its own message, and `details` keeps
// what whoever helps them needs (a position in the file, a version), shown only behind "Details".

export const importErrorCodes = [
  'too-large',
  'empty',
  'not-text',
  'other-encoding',
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

/** The kinds of Boussole file, as their envelope names them. */
export const fileKinds = [
  'boussole-response',
  'boussole-backup',
  'boussole-contribution',
  'boussole-benchmark',
] as const;
export type FileKind = (typeof fileKinds)[number];

export interface ImportError {
  code: ImportErrorCode;
  /** Values for the message (a cycle's name, a file's size), and technical facts for "Details". */
  details: Record<string, string | number>;
}
