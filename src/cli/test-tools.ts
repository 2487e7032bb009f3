// Runs before `npm test`: the browser tests drive Debian's Chromium and the report tests read PDFs
// with poppler's tools and Word files with unzip. On a machine that lacks them, install them from
// Debian's packages when allowed to (root with apt-get), else say exactly what to install, and stop.
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

interface Tool {
  /** What the tests call it. */
  what: string;
  /** Where it must be: an absolute path, or a command found on PATH. */
  found: () => boolean;
  /** The Debian package that provides it. */
  aptPackage: string;
}

const executable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
const onPath = (command: string) =>
  (process.env.PATH ?? '')
    .split(delimiter)
    .some((dir) => dir !== '' && executable(join(dir, command)));

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const tools: Tool[] = [
  { what: `Chromium (${chromium})`, found: () => executable(chromium), aptPackage: 'chromium' },
  ...['pdftotext', 'pdfinfo', 'pdffonts'].map((command) => ({
    what: command,
    found: () => onPath(command),
    aptPackage: 'poppler-utils',
  })),
  { what: 'unzip', found: () => onPath('unzip'), aptPackage: 'unzip' },
];

const missingPackages = () => [
  ...new Set(tools.filter((tool) => !tool.found()).map((tool) => tool.aptPackage)),
];

function install(packages: string[]): void {
  console.log(`Installing ${packages.join(', ')} from Debian's packages for the tests…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
    stdio: 'inherit',
    env,
  });
}

let missing = missingPackages();
if (missing.length > 0 && process.getuid?.() === 0 && onPath('apt-get')) {
  try {
    install(missing);
  } catch {
    // said below, with what is still missing
  }
  missing = missingPackages();
}
if (missing.length > 0) {
  const absent = tools.filter((tool) => !tool.found()).map((tool) => tool.what);
  console.error(
    [
      `The tests need ${absent.join(', ')}, which this machine does not have.`,
      `On Debian or Ubuntu, install them with:`,
      ``,
      `    sudo apt-get install ${missing.join(' ')}`,
      ``,
      `then run npm test again. A Chromium installed elsewhere can be named with CHROMIUM_PATH.`,
      `No browser is ever downloaded by the tests.`,
    ].join('\n'),
  );
  process.exit(1);
}
