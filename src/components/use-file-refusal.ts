// A refused file in plain words, in the person's language: what is wrong and what to do, with no
// code, position in the file or raw byte count. What whoever helps them needs (the code, where in the
// file, a version) is kept apart, for a "Details" disclosure.
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { fileKinds, type FileKind, type ImportError } from '../domain/import-error';

export interface RefusalWords {
  /** What is wrong, for the person. */
  message: string;
  /** The technical facts, for whoever helps them ("invalid-structure; path: $.answers; …"). */
  detail: string;
}

const KIB = 1024;
const MIB = 1024 * 1024;

/** A file size as a person reads it: "850 KB", "3.1 MB" ("3,1 Mo" in French). */
export function fileSizeWords(t: TFunction<'transfer'>, bytes: number): string {
  if (bytes < MIB) return t('size.kilobytes', { value: Math.max(1, Math.round(bytes / KIB)) });
  return t('size.megabytes', { value: bytes / MIB });
}

const isFileKind = (value: unknown): value is FileKind =>
  (fileKinds as readonly unknown[]).includes(value);

/** Values a message may show: sizes and kinds of file put into words; the rest stays for "Details". */
function messageValues(
  t: TFunction<'transfer'>,
  error: ImportError,
): Record<string, string | number> {
  const { details } = error;
  switch (error.code) {
    case 'too-large':
      return {
        size: fileSizeWords(t, Number(details.size)),
        limit: fileSizeWords(t, Number(details.limit)),
      };
    case 'wrong-kind':
      return {
        found: isFileKind(details.found) ? t(`fileKind.${details.found}`) : t('fileKind.other'),
        expected: isFileKind(details.expected)
          ? t(`fileKind.${details.expected}`)
          : t('fileKind.other'),
      };
    case 'inconsistent-backup':
    case 'duplicate-records':
      return typeof details.context === 'string' ? { context: details.context } : {};
    case 'questionnaire-not-in-cycle':
    case 'cycle-closed':
      return { cycle: String(details.cycle ?? '') };
    case 'duplicate':
      return { respondent: String(details.respondent ?? ''), cycle: String(details.cycle ?? '') };
    case 'older-copy':
      return details;
    default:
      return {};
  }
}

/** The code and every detail, as one line for whoever helps ("too-large; size: 3250000; …"). */
export function refusalDetail(error: ImportError): string {
  const facts = Object.entries(error.details).map(([name, value]) => `${name}: ${String(value)}`);
  return [error.code, ...facts].join('; ');
}

export function fileRefusalWords(t: TFunction<'transfer'>, error: ImportError): RefusalWords {
  return {
    message: t(`errors.${error.code}`, messageValues(t, error)),
    detail: refusalDetail(error),
  };
}

/** Words a refused file's error in the interface's language. */
export function useFileRefusal(): (error: ImportError) => RefusalWords {
  const { t } = useTranslation('transfer');
  return (error) => fileRefusalWords(t, error);
}
