import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Every dependency arrow README "Layout" forbids, tried one by one: a snippet linted with the
// project's own config, as a file of the importing folder, must be refused. The table is written out
// here, not read from eslint.config.js, so a zone removed from the config fails its test.
const eslint = new ESLint({ cwd: process.cwd() });

async function layerMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'import-x/no-restricted-paths' || m.ruleId === 'import-x/no-cycle')
    .map((m) => m.message);
}

// The first lint of a run builds the TypeScript program for type-aware rules: tens of seconds on a
// busy two-core machine. A lint that never finishes still fails.
const LINT_TIMEOUT = 120_000;

/** A real file of each folder, linted with the snippet as its text, and a module each folder holds. */
const folders = {
  engine: { file: 'src/engine/score.ts', module: 'engine/levels' },
  domain: { file: 'src/domain/profile.ts', module: 'domain/cycle' },
  lib: { file: 'src/lib/csv.ts', module: 'lib/typography' },
  routing: { file: 'src/routing/route.ts', module: 'routing/route-store' },
  content: { file: 'src/content/catalog.ts', module: 'content/catalog' },
  storage: { file: 'src/storage/profile.ts', module: 'storage/index' },
  presentation: { file: 'src/presentation/reasons.ts', module: 'presentation/format' },
  state: { file: 'src/state/save.ts', module: 'state/save-status' },
  components: { file: 'src/components/Link.tsx', module: 'components/TableScroll' },
  report: { file: 'src/report/file-name.ts', module: 'report/model/report-input' },
  features: { file: 'src/features/home/HomeScreen.tsx', module: 'features/profile/index' },
  app: { file: 'src/app/Header.tsx', module: 'app/framing' },
  cli: { file: 'src/cli/roadmap-summary.ts', module: 'cli/planning-file' },
} as const;
type Folder = keyof typeof folders;

/** What each folder may import (README "Layout"); every other arrow is forbidden. */
const allowed: Record<Folder, readonly Folder[]> = {
  engine: [],
  domain: ['engine'],
  lib: [],
  routing: [],
  content: ['engine'],
  storage: ['engine', 'domain', 'lib', 'content'],
  presentation: ['engine', 'domain', 'lib'],
  state: ['engine', 'domain', 'lib', 'routing', 'content', 'storage'],
  components: ['engine', 'domain', 'lib', 'routing', 'presentation'],
  report: ['engine', 'domain', 'lib', 'presentation'],
  features: ['engine', 'domain', 'lib', 'routing', 'presentation', 'state', 'components', 'report'],
  app: ['engine', 'domain', 'lib', 'routing', 'presentation', 'state', 'components', 'features'],
  cli: ['engine', 'report'],
};

const names = Object.keys(folders) as Folder[];
const forbidden = names.flatMap((from) =>
  names.filter((to) => to !== from && !allowed[from].includes(to)).map((to) => [from, to] as const),
);

/** The import of `module` (a path under src/) written relative to `file`. */
function importOf(file: string, module: string): string {
  const depth = file.split('/').length - 2;
  return `import * as imported from '${'../'.repeat(depth)}${module}';\nexport const all = [imported];`;
}

describe('every forbidden arrow between the folders of src/ fails lint', () => {
  it.each(forbidden)(
    'src/%s may not import src/%s',
    async (from, to) => {
      const messages = await layerMessages(
        folders[from].file,
        importOf(folders[from].file, folders[to].module),
      );
      expect(messages).toContainEqual(
        expect.stringContaining(`src/${from} may not import src/${to}`),
      );
    },
    LINT_TIMEOUT,
  );
});

describe('the entries and arrows that lint lets through, and the rest it refuses', () => {
  it(
    'lets each folder import the folders below it',
    async () => {
      const messages = await layerMessages(
        'src/features/home/HomeScreen.tsx',
        importOf('src/features/home/HomeScreen.tsx', 'state/commands/answers'),
      );
      expect(messages).toEqual([]);
    },
    LINT_TIMEOUT,
  );

  it(
    'refuses src/state reaching into src/storage past its entries (the repository, transfer and sector)',
    async () => {
      const file = 'src/state/save.ts';
      for (const inner of [
        'storage/responses',
        'storage/transfer/backup-file',
        'storage/sector/benchmarks',
      ]) {
        expect(await layerMessages(file, importOf(file, inner))).toContainEqual(
          expect.stringContaining('only through its entries'),
        );
      }
      for (const entry of ['storage/index', 'storage/transfer/index', 'storage/sector/index']) {
        expect(await layerMessages(file, importOf(file, entry))).toEqual([]);
      }
    },
    LINT_TIMEOUT,
  );

  it(
    'refuses a feature importing another feature’s files, but not its public entry',
    async () => {
      const file = 'src/features/history/HistoryScreen.tsx';
      expect(
        await layerMessages(file, importOf(file, 'features/compare/CompareCyclesCard')),
      ).toContainEqual(expect.stringContaining('only through its public entry'));
      expect(await layerMessages(file, importOf(file, 'features/compare/index'))).toEqual([]);
    },
    LINT_TIMEOUT,
  );

  it(
    'refuses Dexie outside src/storage',
    async () => {
      const messages = await layerMessages(
        'src/features/home/HomeScreen.tsx',
        "import { Dexie } from 'dexie';\nexport const all = [Dexie];",
      );
      expect(messages).toContainEqual(expect.stringContaining('Only src/storage uses Dexie'));
    },
    LINT_TIMEOUT,
  );

  it(
    'refuses pdfmake in the report model',
    async () => {
      const messages = await layerMessages(
        'src/report/model/build-model.ts',
        "import pdfMake from 'pdfmake';\nexport const all = [pdfMake];",
      );
      expect(messages).toContainEqual(expect.stringContaining('Only src/report/pdf uses pdfmake'));
    },
    LINT_TIMEOUT,
  );

  it(
    'refuses docx outside src/report/docx',
    async () => {
      const messages = await layerMessages(
        'src/report/model/build-model.ts',
        "import { Document } from 'docx';\nexport const all = [Document];",
      );
      expect(messages).toContainEqual(expect.stringContaining('Only src/report/docx uses docx'));
    },
    LINT_TIMEOUT,
  );

  it.each(['pdf/render-pdf', 'html/render-html', 'docx/build-docx', 'chart/chart-svg'])(
    'refuses the report model importing a renderer (src/report/%s)',
    async (renderer) => {
      const file = 'src/report/model/build-model.ts';
      const messages = await layerMessages(file, importOf(file, `report/${renderer}`));
      expect(messages).toContainEqual(
        expect.stringContaining('src/report/model builds the model the renderers draw'),
      );
    },
    LINT_TIMEOUT,
  );

  it(
    'refuses an import cycle',
    async () => {
      // route-store.ts imports route.ts; route.ts importing it back closes a cycle.
      const messages = await layerMessages(
        'src/routing/route.ts',
        "import { navigate } from './route-store';\nexport const all = [navigate];",
      );
      expect(messages).toContainEqual(expect.stringContaining('Dependency cycle'));
    },
    LINT_TIMEOUT,
  );
});
