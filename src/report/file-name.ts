// The download's file name: `<organization>-<cycle>-<lang>.pdf`, safe on every file system but keeping
// accented letters readable ("rivière", not "riviere").
import type { ReportInput } from './report-input';

const MAX_PART_LENGTH = 60;

/** Letters (accented too) and digits kept, everything else turned into single hyphens, lower case. */
export function slug(text: string, language: string, fallback: string): string {
  const cleaned = text
    .normalize('NFC')
    .toLocaleLowerCase(language)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_PART_LENGTH)
    .replace(/-+$/, '');
  return cleaned === '' ? fallback : cleaned;
}

export function reportFileName(input: Pick<ReportInput, 'language' | 'profile' | 'cycle'>): string {
  const organization = slug(input.profile.name, input.language, 'organization');
  const cycle = slug(input.cycle.name, input.language, 'cycle');
  return `${organization}-${cycle}-${input.language}.pdf`;
}
