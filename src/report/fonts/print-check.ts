// The pre-export check: every text a person typed that the report prints, with the characters no
// report font can print, and right-to-left text, which prints but may wrap or copy out of order.
// Nothing is dropped silently: the person sees which field holds which characters before exporting.
import { covers, fontRuns, isInvisible, unprintableCharacters } from './font-runs';
import type { ReportFace } from './report-faces';

/** Which typed field a text comes from; `item` names the roadmap action it belongs to. */
export type TypedFieldKind =
  | 'organization'
  | 'cycle'
  | 'previousCycle'
  | 'owner'
  | 'note'
  | 'ownActionTitle'
  | 'ownActionDescription'
  | 'funder';

export interface TypedField {
  kind: TypedFieldKind;
  item: string | null;
  text: string;
}

export interface PrintProblem {
  kind: TypedFieldKind;
  item: string | null;
  /** Each character that cannot be printed, once, in the order typed. */
  characters: string[];
}

export interface PrintCheck {
  unprintable: PrintProblem[];
  /** Fields holding right-to-left text (Arabic). */
  rightToLeft: Omit<PrintProblem, 'characters'>[];
}

function hasRightToLeft(text: string, faces: readonly ReportFace[]): boolean {
  return fontRuns(text, faces).some((run) => run.face?.rightToLeft === true);
}

export function checkPrintable(
  fields: readonly TypedField[],
  faces: readonly ReportFace[],
): PrintCheck {
  const unprintable: PrintProblem[] = [];
  const rightToLeft: PrintCheck['rightToLeft'] = [];
  for (const field of fields) {
    const characters = unprintableCharacters(field.text, faces);
    if (characters.length > 0) unprintable.push({ kind: field.kind, item: field.item, characters });
    if (hasRightToLeft(field.text, faces)) rightToLeft.push({ kind: field.kind, item: field.item });
  }
  return { unprintable, rightToLeft };
}

export const printCheckPasses = (check: PrintCheck): boolean =>
  check.unprintable.length === 0 && check.rightToLeft.length === 0;

/** Whether any face covers every visible character of the text (for tests and quick checks). */
export function printable(text: string, faces: readonly ReportFace[]): boolean {
  // Code points, not graphemes: each is looked up in the fonts on its own.
  return Array.from(text.normalize('NFC')).every((character) => {
    const code = character.codePointAt(0) ?? 0;
    return isInvisible(code) || faces.some((face) => covers(face, code));
  });
}
