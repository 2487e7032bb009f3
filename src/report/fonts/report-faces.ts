// The report's fonts with the characters each really covers (font-coverage.json, measured from the
// font files), in the order a character looks for a font.
import type { CodePointRanges } from './cmap';
import { rangesFromText } from './coverage-text';
import { chineseSlice, familyName, NAMED_FACES, type FaceSpec } from './face-list';
import coverageFile from './font-coverage.json';

export interface ReportFace extends FaceSpec {
  /** The pdfmake font family the face is declared under. */
  family: string;
  coverage: CodePointRanges;
}

function spec(id: string): FaceSpec | undefined {
  const named = NAMED_FACES.find((face) => face.id === id);
  if (named !== undefined) return named;
  const slice = /^sc-(\d+)$/.exec(id)?.[1];
  return slice === undefined ? undefined : chineseSlice(Number(slice));
}

export const REPORT_FACES: readonly ReportFace[] = coverageFile.faces.flatMap(
  ({ id, coverage }) => {
    const face = spec(id);
    return face === undefined
      ? []
      : [{ ...face, family: familyName(id), coverage: rangesFromText(coverage) }];
  },
);

/** The faces every report has: embedded in the app. */
export const EMBEDDED_FACES: readonly ReportFace[] = REPORT_FACES.filter((face) => !face.onDemand);
