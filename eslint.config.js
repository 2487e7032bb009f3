// Lint rules, including every dependency arrow between the folders of src/ (README "Layout").
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

// Imported files, answers and notes hold text typed by others: it must reach the page as text, which
// React does unless told otherwise. These are the ways to tell it otherwise.
const asText =
  'Text from files, answers and notes must render as text, never as HTML: put it in JSX as {text}.';
const htmlProperty = '/^(inner|outer)HTML$/';
const htmlSinks = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: asText },
  { selector: "Property[key.name='dangerouslySetInnerHTML']", message: asText },
  {
    selector: `AssignmentExpression > MemberExpression.left:matches([property.name=${htmlProperty}], [property.value=${htmlProperty}])`,
    message: asText,
  },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: asText },
  { selector: "CallExpression[callee.property.name='createContextualFragment']", message: asText },
];

// i18next's language is a plain string; currentLanguage() (src/lib/i18n.ts) turns it into one of the
// app's languages without a cast.
const languageCast = {
  selector:
    "TSAsExpression[expression.type='MemberExpression'][expression.property.name='language']",
  message: 'Read the language shown with currentLanguage(i18n) from src/lib/i18n.ts, not a cast.',
};

const browserApis = [
  'window',
  'document',
  'indexedDB',
  'localStorage',
  'sessionStorage',
  'navigator',
  'fetch',
];

/**
 * What each folder of src/ may import from the others, lowest layer first. Anything not listed is
 * refused (tests/lint/layers.test.ts tries every refused arrow). Packages and locales/ are not layers.
 */
export const layers = {
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

/** Why a layer may not import another: the message lint shows. */
const whyNot = (layer, other) =>
  `src/${layer} may not import src/${other}: it may import only ${
    layers[layer].length === 0 ? 'packages' : layers[layer].map((name) => `src/${name}`).join(', ')
  } (README "Layout").`;

const layerZones = Object.entries(layers).flatMap(([layer, allowed]) =>
  Object.keys(layers)
    .filter((other) => other !== layer && !allowed.includes(other))
    .map((other) => ({
      // src/main.tsx, the browser entry point, is part of the app.
      target: layer === 'app' ? ['./src/app', './src/main.tsx'] : `./src/${layer}`,
      from: `./src/${other}`,
      message: whyNot(layer, other),
    })),
);

// Inside the report, the model is built before anything is drawn: it never imports a renderer.
const reportModelZone = {
  target: './src/report/model',
  from: ['./src/report/pdf', './src/report/html', './src/report/docx', './src/report/chart'],
  message:
    'src/report/model builds the model the renderers draw: it may not import src/report/pdf, html, docx or chart.',
};

// src/state reaches storage through its public entries: the repository (src/storage/index.ts), and
// the entries of moving data (transfer/index.ts) and of the sector snapshot (sector/index.ts), which
// load only with the screens that use them.
const storageEntryZone = {
  target: './src/state',
  from: './src/storage',
  except: ['./index.ts', './transfer/index.ts', './sector/index.ts'],
  message:
    'src/state imports src/storage only through its entries: src/storage/index.ts, src/storage/transfer/index.ts, src/storage/sector/index.ts.',
};

// A feature uses another only through that feature's public entry, its index.ts.
const features = readdirSync('src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const featureZones = features.flatMap((feature) =>
  features
    .filter((other) => other !== feature)
    .map((other) => ({
      target: `./src/features/${feature}`,
      from: `./src/features/${other}`,
      except: ['./index.ts'],
      message: `A feature uses another only through its public entry: import src/features/${other}/index.ts.`,
    })),
);

// Libraries that belong to one place: the database library to storage, the PDF library to the
// report's renderer.
const everyLayerBut = (layer) =>
  Object.keys(layers)
    .filter((name) => name !== layer)
    .map((name) => (name === 'app' ? ['./src/app', './src/main.tsx'] : `./src/${name}`))
    .flat();
const reportFoldersBut = (folder) =>
  ['model', 'chart', 'fonts', 'pdf', 'html', 'docx']
    .filter((name) => name !== folder)
    .map((name) => `./src/report/${name}`);
const packageZones = [
  {
    target: everyLayerBut('storage'),
    from: ['./node_modules/dexie', './node_modules/fake-indexeddb'],
    message: 'Only src/storage uses Dexie and IndexedDB; read and write through src/state.',
  },
  {
    target: [...everyLayerBut('report'), ...reportFoldersBut('pdf'), './src/report/*.ts'],
    from: ['./node_modules/pdfmake'],
    message:
      'Only src/report/pdf uses pdfmake; the model, the other renderers and the entries stay free of it.',
  },
  {
    target: [...everyLayerBut('report'), ...reportFoldersBut('docx'), './src/report/*.ts'],
    from: ['./node_modules/docx'],
    message:
      'Only src/report/docx uses docx; the model, the other renderers and the entries stay free of it.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/*.tsx'],
    extends: [jsxA11y.flatConfigs.strict],
  },
  {
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': ['error', ...htmlSinks, languageCast],
      'no-restricted-properties': [
        'error',
        { object: 'document', property: 'write', message: asText },
        { object: 'document', property: 'writeln', message: asText },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Without these, import-x reads no TypeScript file and no-cycle sees no cycle.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.d.ts', '.js', '.json'] }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: [
            ...layerZones,
            reportModelZone,
            storageEntryZone,
            ...featureZones,
            ...packageZones,
          ],
        },
      ],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // The engine is pure: zod and its own files only, no browser APIs.
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod(/mini)?$|\\./)',
              message: 'src/engine is pure: it may import only zod and other src/engine files.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...browserApis.map((name) => ({ name, message: 'src/engine is pure: no browser APIs.' })),
      ],
    },
  },
  {
    // A folder inside the engine may also import its parent's files ("../x"), which are engine files
    // too, but nothing two levels up ("../../x" is outside src/engine).
    files: ['src/engine/*/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod(/mini)?$|\\./|\\.\\./(?!\\.\\./))',
              message: 'src/engine is pure: it may import only zod and other src/engine files.',
            },
          ],
        },
      ],
    },
  },
);
