// Which font files the report can print with, in the order a character looks for a font: Noto Sans
// (SIL Open Font License) from @fontsource packages. The Latin, Latin Extended, Vietnamese, Cyrillic
// and Greek subsets are embedded in the app (precached, about 470 KB); Arabic and the ~100 slices of
// Noto Sans SC (Chinese, with Japanese kana and some Hangul) are fetched only when a report's text
// needs them, then kept by the service worker for offline use.
import type { FontStyle } from './font-style';

export interface FaceFiles {
  /** The npm package the files come from. */
  package: string;
  /** A file name in the package's `files/` folder, per style. */
  files: Record<FontStyle, string>;
}

export interface FaceSpec extends FaceFiles {
  id: string;
  /** Fetched only when a report needs one of its characters. */
  onDemand: boolean;
  /** Its script is written right to left. */
  rightToLeft: boolean;
}

const NOTO_SANS = '@fontsource/noto-sans';
const EMBEDDED_SUBSETS = ['latin', 'latin-ext', 'vietnamese', 'cyrillic', 'greek'] as const;

function notoSans(subset: string): FaceSpec {
  const file = (weight: number, style: string) => `noto-sans-${subset}-${weight}-${style}.woff`;
  return {
    id: subset,
    package: NOTO_SANS,
    files: {
      normal: file(400, 'normal'),
      bold: file(700, 'normal'),
      italics: file(400, 'italic'),
      bolditalics: file(700, 'italic'),
    },
    onDemand: false,
    rightToLeft: false,
  };
}

/** Arabic has no italic: slanted Arabic is not a convention, so italics use the upright files. */
const ARABIC: FaceSpec = {
  id: 'arabic',
  package: '@fontsource/noto-sans-arabic',
  files: {
    normal: 'noto-sans-arabic-arabic-400-normal.woff',
    bold: 'noto-sans-arabic-arabic-700-normal.woff',
    italics: 'noto-sans-arabic-arabic-400-normal.woff',
    bolditalics: 'noto-sans-arabic-arabic-700-normal.woff',
  },
  onDemand: true,
  rightToLeft: true,
};

/** One slice of Noto Sans SC. Regular weight only: a bold heading prints such names in regular,
 * which keeps a first Chinese name to one small download per slice. */
export function chineseSlice(slice: number): FaceSpec {
  const file = `noto-sans-sc-${slice}-400-normal.woff`;
  return {
    id: `sc-${slice}`,
    package: '@fontsource/noto-sans-sc',
    files: { normal: file, bold: file, italics: file, bolditalics: file },
    onDemand: true,
    rightToLeft: false,
  };
}

/** Every face but the Chinese slices, whose numbers come from the package (see font-coverage.json). */
export const NAMED_FACES: readonly FaceSpec[] = [...EMBEDDED_SUBSETS.map(notoSans), ARABIC];

/** The pdfmake family name of a face: "NotoSans" for the Latin subset the layout is measured with. */
export function familyName(faceId: string): string {
  return faceId === 'latin' ? 'NotoSans' : `NotoSans-${faceId}`;
}
