// `npx tsx src/cli/font-coverage.ts`: records which characters each report font really has a glyph
// for, read from the font files in node_modules, into src/report/fonts/font-coverage.json. Run it
// after updating an @fontsource package; a test fails while the file and the fonts disagree.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fontCodePoints } from '../report/fonts/cmap';
import { rangesToText } from '../report/fonts/coverage-text';
import { chineseSlice, NAMED_FACES, type FaceSpec } from '../report/fonts/face-list';

const require = createRequire(import.meta.url);

export const COVERAGE_FILE = 'src/report/fonts/font-coverage.json';

function packageFiles(name: string): string {
  return join(dirname(require.resolve(`${name}/package.json`)), 'files');
}

/** The slices of Noto Sans SC the package ships, by number. */
function chineseSlices(): number[] {
  return readdirSync(packageFiles('@fontsource/noto-sans-sc'))
    .flatMap((file) => {
      const match = /^noto-sans-sc-(\d+)-400-normal\.woff$/.exec(file);
      return match?.[1] === undefined ? [] : [Number(match[1])];
    })
    .sort((a, b) => a - b);
}

export interface CoverageFile {
  faces: { id: string; coverage: string }[];
}

export async function measureCoverage(): Promise<CoverageFile> {
  const faces: FaceSpec[] = [...NAMED_FACES, ...chineseSlices().map(chineseSlice)];
  const measured = await Promise.all(
    faces.map(async (face) => ({
      id: face.id,
      coverage: rangesToText(
        await fontCodePoints(
          new Uint8Array(readFileSync(join(packageFiles(face.package), face.files.normal))),
        ),
      ),
    })),
  );
  return { faces: measured };
}

if (process.argv[1]?.endsWith('font-coverage.ts') === true) {
  const coverage = await measureCoverage();
  writeFileSync(COVERAGE_FILE, `${JSON.stringify(coverage, null, 2)}\n`);
  console.log(`${COVERAGE_FILE}: ${coverage.faces.length} fonts`);
}
