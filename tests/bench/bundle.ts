// Size figures from a production build: gzipped JavaScript on the first load (home screen and the
// first questionnaire page), the lazily loaded PDF code, and everything the service worker precaches.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from './figures';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/**
 * This run's own build directory, removed when the run ends: `dist/` may be served meanwhile by the
 * browser tests' preview server, and another bench run may be building its own.
 */
export const DIST = join('test-results', 'bench', `dist-${String(process.pid)}`);
const gzipKiB = (file: string) =>
  gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length / 1024;

/** Chunks a module needs before it runs: itself and its static imports, transitively. */
function staticClosure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  if (into.has(key) || !manifest[key]) return into;
  into.add(key);
  for (const imported of manifest[key].imports ?? []) staticClosure(manifest, imported, into);
  return into;
}

/** The manifest key of a module built as its own chunk (lazy modules), or undefined. */
function keyOf(manifest: Manifest, sourceEnd: string): string | undefined {
  return Object.keys(manifest).find((k) => k.endsWith(sourceEnd));
}

const jsKiB = (manifest: Manifest, keys: Iterable<string>) =>
  [...keys]
    .map((k) => manifest[k]?.file ?? '')
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + gzipKiB(f), 0);

export function bundleFigures(build = true): Figure[] {
  if (build) {
    process.once('exit', () => {
      rmSync(DIST, { recursive: true, force: true });
    });
    execFileSync(
      'npx',
      ['vite', 'build', '--manifest', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'error'],
      { stdio: 'inherit' },
    );
  }
  const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Manifest;

  // The home screen and the questionnaire page are both in the entry's static graph; the first
  // screens' texts come as one lazy chunk per language before the first render: the larger counts.
  const firstLoad = staticClosure(manifest, 'index.html');
  const textChunks = ['en', 'fr'].map((language) => {
    const key = keyOf(manifest, `src/lib/core-texts/${language}.ts`);
    if (!key) throw new Error(`the first screens' ${language} texts are not a chunk of their own`);
    return [...staticClosure(manifest, key)].filter((k) => !firstLoad.has(k));
  });
  const largestTexts = textChunks.reduce((a, b) =>
    jsKiB(manifest, a) >= jsKiB(manifest, b) ? a : b,
  );
  for (const key of largestTexts) firstLoad.add(key);
  // Screens bundled into the entry chunk have no key of their own and are counted already.
  for (const screen of [
    'src/features/home/HomeScreen.tsx',
    'src/features/questionnaire/TakeScreen.tsx',
  ]) {
    const key = keyOf(manifest, screen);
    if (key) staticClosure(manifest, key, firstLoad);
  }
  const pdfKey = keyOf(manifest, 'src/report/generate-report.ts');
  if (!pdfKey) throw new Error('the PDF report is not a separate, lazily loaded chunk');
  const pdfOnly = [...staticClosure(manifest, pdfKey)].filter((key) => !firstLoad.has(key));

  const precacheList = readFileSync(join(DIST, 'sw.js'), 'utf8').match(/url:"([^"]+)"/g) ?? [];
  const precacheKiB =
    precacheList
      .map((entry) => entry.slice(5, -1))
      .reduce((sum, url) => sum + statSync(join(DIST, url)).size, 0) / 1024;

  // The report fonts beyond Noto Sans Latin that every install now precaches (issue: under 1 MiB).
  const precachedFonts = precacheList
    .map((entry) => entry.slice(5, -1))
    .filter((url) => /noto-sans-(latin-ext|vietnamese|cyrillic|greek)-/.test(url));
  const onDemandFonts = precacheList.filter((entry) => /noto-sans-(arabic|sc)-/.test(entry));
  if (onDemandFonts.length > 0) throw new Error('on-demand report fonts are in the precache');
  const fontGrowthKiB =
    precachedFonts.reduce((sum, url) => sum + statSync(join(DIST, url)).size, 0) / 1024;

  return [
    {
      name: 'first load: gzipped JS for home + questionnaire page',
      value: jsKiB(manifest, firstLoad),
      unit: 'KiB',
      budget: 146.5,
      kind: 'size',
    },
    {
      name: 'PDF report: lazily loaded gzipped JS',
      value: jsKiB(manifest, pdfOnly),
      unit: 'KiB',
      kind: 'info',
    },
    {
      name: `precache growth: ${precachedFonts.length} extra report font files (uncompressed)`,
      value: fontGrowthKiB,
      unit: 'KiB',
      budget: 1024,
      kind: 'size',
    },
    {
      name: `precache: ${precacheList.length} files (uncompressed)`,
      value: precacheKiB,
      unit: 'KiB',
      kind: 'info',
    },
  ];
}
