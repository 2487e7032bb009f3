// Splits text into runs that one font can print: a character stays in the current run's font when
// that font has it (so spaces and punctuation do not break a run), otherwise it takes the first face
// that has it. A character no face has is a run of its own with no face: the pre-export check names
// it, and the PDF prints the font's "missing" box there rather than dropping it.
import { inRanges } from './coverage-text';
import type { ReportFace } from './report-faces';

export interface TextRun {
  text: string;
  face: ReportFace | null;
}

/** Characters that are never drawn on their own: line breaks, tabs, joiners, variation selectors. */
export function isInvisible(code: number): boolean {
  return (
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0x200c ||
    code === 0x200d ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0xe0100 && code <= 0xe01ef)
  );
}

export function covers(face: ReportFace, code: number): boolean {
  return inRanges(face.coverage, code);
}

/** The text's runs, in logical order, after Unicode NFC composition (so "e" + combining accent is
 * the one precomposed letter a font subset has). */
export function fontRuns(text: string, faces: readonly ReportFace[]): TextRun[] {
  const runs: TextRun[] = [];
  let current: TextRun | undefined;
  for (const character of text.normalize('NFC')) {
    const code = character.codePointAt(0) ?? 0;
    if (
      current !== undefined &&
      (isInvisible(code) || (current.face !== null && covers(current.face, code)))
    ) {
      current.text += character;
      continue;
    }
    const face = faces.find((candidate) => covers(candidate, code)) ?? null;
    if (current !== undefined && current.face === face) {
      current.text += character;
      continue;
    }
    current = { text: character, face };
    runs.push(current);
  }
  return runs;
}

/** The characters of a text that none of the faces can print, each once, in order. */
export function unprintableCharacters(text: string, faces: readonly ReportFace[]): string[] {
  const missing = fontRuns(text, faces)
    .filter((run) => run.face === null)
    .flatMap((run) => Array.from(run.text).filter((c) => !isInvisible(c.codePointAt(0) ?? 0)));
  return [...new Set(missing)];
}

/** The on-demand faces a text needs, besides the embedded ones. */
export function onDemandFacesFor(
  texts: Iterable<string>,
  faces: readonly ReportFace[],
): ReportFace[] {
  const needed = new Set<ReportFace>();
  for (const text of texts) {
    for (const run of fontRuns(text, faces)) {
      if (run.face?.onDemand === true) needed.add(run.face);
    }
  }
  return faces.filter((face) => needed.has(face));
}
