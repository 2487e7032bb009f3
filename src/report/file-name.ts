// The download's file name: `<organization>-<cycle>-<lang>.pdf`, lower case, safe on every file system
// but keeping accented letters readable ("rivière", not "riviere").
import { fileNamePart } from '../lib/file-name';
import type { ReportInput } from './model/report-input';

export function reportFileName(
  input: Pick<ReportInput, 'language' | 'profile' | 'cycle'>,
  extension: 'pdf' | 'html' | 'docx' = 'pdf',
): string {
  const lowerCase = input.language;
  const organization = fileNamePart(input.profile.name, { fallback: 'organization', lowerCase });
  const cycle = fileNamePart(input.cycle.name, { fallback: 'cycle', lowerCase });
  return `${organization}-${cycle}-${input.language}.${extension}`;
}
