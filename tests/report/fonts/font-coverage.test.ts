// The recorded coverage of each report font is what the font files really hold, and the fallback
// order gives each script its font.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COVERAGE_FILE, measureCoverage } from '../../../src/cli/font-coverage';
import { fontRuns, onDemandFacesFor } from '../../../src/report/fonts/font-runs';
import { EMBEDDED_FACES, REPORT_FACES } from '../../../src/report/fonts/report-faces';

describe('font-coverage.json', () => {
  it('matches the glyphs of the font files installed (run src/cli/font-coverage.ts after an update)', async () => {
    const recorded = JSON.parse(readFileSync(COVERAGE_FILE, 'utf8')) as unknown;
    expect(recorded).toEqual(await measureCoverage());
  }, 30_000);

  it('embeds Latin, Latin Extended, Vietnamese, Cyrillic and Greek, and loads the rest on demand', () => {
    expect(EMBEDDED_FACES.map((face) => face.id)).toEqual([
      'latin',
      'latin-ext',
      'vietnamese',
      'cyrillic',
      'greek',
    ]);
    expect(REPORT_FACES.filter((face) => face.onDemand).length).toBeGreaterThan(90);
  });
});

const faceIds = (text: string) =>
  fontRuns(text, REPORT_FACES).map((run) => [run.text, run.face?.id ?? null]);

describe('splitting text into runs one font can print', () => {
  it('keeps plain French in the Latin font as one run', () => {
    expect(faceIds('Geneviève Côté, « ça va » ?')).toEqual([
      ['Geneviève Côté, « ça va » ?', 'latin'],
    ]);
  });

  it('gives each script its subset, keeping the spaces inside a run', () => {
    expect(faceIds('Łucja Nguyễn Ольга Петрова Ελένη')).toEqual([
      ['Ł', 'latin-ext'],
      ['ucja Nguy', 'latin'],
      ['ễ', 'vietnamese'],
      ['n ', 'latin'],
      ['Ольга Петрова ', 'cyrillic'],
      ['Ελένη', 'greek'],
    ]);
  });

  it('composes a letter typed with a combining accent before choosing its font', () => {
    expect(faceIds('Nguye\u0302\u0303n')).toEqual([
      ['Nguy', 'latin'],
      ['ễ', 'vietnamese'],
      ['n', 'latin'],
    ]);
  });

  it('finds Arabic and Chinese in the on-demand fonts, and emoji in none', () => {
    const runs = fontRuns('فاطمة 王芳 🙂', REPORT_FACES);
    expect(runs[0]).toMatchObject({ text: 'فاطمة ', face: { id: 'arabic', rightToLeft: true } });
    expect(runs.find((run) => run.text.includes('王'))?.face?.id).toMatch(/^sc-\d+$/);
    expect(runs.at(-1)).toEqual({ text: '🙂', face: null });
  });

  it('asks for on-demand fonts only when the text needs them', () => {
    expect(onDemandFacesFor(['Rivière-du-Loup', 'Ольга'], REPORT_FACES)).toEqual([]);
    const needed = onDemandFacesFor(['王芳', 'فاطمة'], REPORT_FACES).map((face) => face.id);
    expect(needed).toContain('arabic');
    expect(needed.filter((id) => id.startsWith('sc-')).length).toBeGreaterThanOrEqual(1);
  });
});
