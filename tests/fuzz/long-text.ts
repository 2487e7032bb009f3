// Text of the shapes that make text code slow (long runs a regular expression backtracks over, marks
// that Unicode normalisation reorders, sequences a grapheme segmenter joins, constructs left open),
// 1 MiB each, and every function that runs over typed or imported text, with its input prepared.
import { evaluateCondition, type ConditionContext } from '../../src/engine/conditions';
import { normalizedCanonicalJson } from '../../src/engine/normalized-json';
import { toCsv } from '../../src/lib/csv';
import { csvFileName, fileNamePart, responseFileName } from '../../src/lib/file-name';
import { frenchTypography } from '../../src/lib/typography';
import { reportFileName } from '../../src/report/file-name';
import { fontSafeText } from '../../src/report/pdf/font-safe-text';
import { hashToRoute } from '../../src/routing/route';
import { answerRecordSchema } from '../../src/domain/answer-record';
import { cycleSchema } from '../../src/domain/cycle';
import { profileSchema } from '../../src/domain/profile';
import { responseSchema } from '../../src/domain/response';
import {
  decodeText,
  MAX_BACKUP_FILE_BYTES,
  parseJsonText,
} from '../../src/storage/transfer/read-file';
import { parseStructure } from '../../src/storage/transfer/structure';
import { nodeTranslator } from '../report/support/node-i18n';

export const MIB = 1 << 20;

/** `unit` repeated to 1 MiB of UTF-16 code units (whole units only), then `end`. */
const fill = (unit: string, end = '') =>
  unit.repeat(Math.floor((MIB - end.length) / unit.length)) + end;

export const worstShapes: Record<string, string> = {
  spaces: fill(' '),
  'spaces ending in a letter': fill(' ', 'a'),
  'no-break and narrow no-break spaces': fill('\u00a0\u202f'),
  'spaces before each colon': fill(' :'),
  'space runs before ; ! ?': fill('   ;  !  ?'),
  'opening guillemets': fill('«'),
  'guillemets with spaces': fill('« » '),
  'double quotes': fill('"'),
  'an unterminated quote': fill('a', '').replace(/^a/, '"'),
  'quote-separator pairs': fill('";'),
  'line breaks (CRLF)': fill('\r\n'),
  'carriage returns': fill('\r'),
  'formula starts after spaces': fill(' ', '=1+1'),
  'formula characters': fill('=+-@\t'),
  hyphens: fill('-'),
  'sentence ends without a capital': fill('. '),
  'one letter with stacked combining marks': fill('\u0301', '').replace(/^./, 'e'),
  'alternating combining marks (reordered by NFC)': 'e' + fill('\u0301\u0316').slice(1),
  'decomposed accents (NFD)': fill('e\u0301'),
  'emoji ZWJ sequences with skin tones': fill('👩🏽‍💻'),
  flags: fill('🇨🇦'),
  'zero-width joiners': fill('\u200d'),
  'i18next nesting and interpolation': fill('$t({{'),
  'an unterminated URL escape': fill('%'),
};

export interface TextFunction {
  /** What is checked, in words. */
  name: string;
  /** Builds the function's input from the text (not timed). */
  prepare: (text: string) => unknown;
  /** The work that must stay fast. */
  run: (input: never) => unknown;
}

const fact = (value: string): ConditionContext => ({
  question: () => ({ status: 'answered', value, score: null }),
  dimensionScore: () => null,
});

const stamp = '2026-03-02T15:30:00.000-05:00';

/** Every function the app runs over typed or imported text (the interface's French translator is
 * loaded once). Not listed: there is no search in the app; the app only writes CSV (`parseCsv`
 * serves tests); chart labels and first sentences are questionnaire content, never typed. Typed text
 * reaches the PDF through the translator and `fontSafeText`. */
export function textFunctions(): TextFunction[] {
  // The same locale files and French post-processor the app uses, read from disk so the bench (plain
  // Node, no Vite) can run these too.
  const t = nodeTranslator('fr');
  const fn = <T>(name: string, prepare: (text: string) => T, run: (input: T) => unknown) =>
    ({ name, prepare, run }) as TextFunction;
  return [
    fn('French typography', (text) => text, frenchTypography),
    fn(
      'interface text with a typed value, in French (i18next and its typography post-processor)',
      (text) => text,
      (owner) => t('report:roadmap.owner', { owner }),
    ),
    fn(
      'a CSV row with the text in a cell',
      (text) => [[text, 42]],
      (rows) => toCsv(rows, ';'),
    ),
    fn(
      'a file name part',
      (text) => text,
      (text) => fileNamePart(text),
    ),
    fn(
      'the PDF, CSV and response file names',
      (text) => text,
      (text) => [
        reportFileName({
          language: 'fr',
          profile: { id: 'organization', name: text, updatedAt: stamp },
          cycle: {
            id: 'c',
            name: text,
            createdAt: stamp,
            updatedAt: stamp,
            questionnaires: [],
            targets: {},
          },
        }),
        csvFileName(text, 'fr'),
        responseFileName(text, 'digital-literacy'),
      ],
    ),
    fn(
      'the canonical form a file checksum covers (NFC)',
      (text) => ({ answers: { q: { note: text } } }),
      normalizedCanonicalJson,
    ),
    fn(
      'decoding an imported file',
      (text) => new TextEncoder().encode(JSON.stringify({ note: text })),
      (bytes) => decodeText(bytes, MAX_BACKUP_FILE_BYTES),
    ),
    fn('parsing imported JSON', (text) => JSON.stringify({ note: text }), parseJsonText),
    fn(
      'checking imported records against their schemas',
      (text) => text,
      (text) => [
        parseStructure(answerRecordSchema, {
          responseId: text,
          questionId: text,
          answeredAt: text,
          value: text,
          note: text,
        }),
        parseStructure(responseSchema, {
          id: 'r',
          cycleId: 'c',
          questionnaireId: 'q',
          version: text,
          contentHash: text,
          respondent: text,
          startedAt: text,
          updatedAt: stamp,
          origin: 'imported',
        }),
        parseStructure(cycleSchema, {
          id: text,
          name: text,
          createdAt: text,
          updatedAt: text,
          questionnaires: [],
          targets: {},
        }),
        parseStructure(profileSchema, {
          id: 'organization',
          name: text,
          province: text,
          updatedAt: text,
        }),
      ],
    ),
    fn(
      'display conditions on a typed answer',
      (text) => fact(text),
      (context) => [
        evaluateCondition({ op: 'answer-is', question: 'q', values: ['yes', 'no'] }, context),
        evaluateCondition({ op: 'answer-includes', question: 'q', option: 'x' }, context),
        evaluateCondition({ op: 'number-at-least', question: 'q', value: 3 }, context),
      ],
    ),
    fn('text made safe for the PDF font', (text) => text, fontSafeText),
    fn('the address in the location bar', (text) => `#/responses/${text}`, hashToRoute),
  ];
}
