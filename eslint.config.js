// Lint rules, including the layer arrows: engine ← storage ← state ← features ← app.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
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

const browserApis = [
  'window',
  'document',
  'indexedDB',
  'localStorage',
  'sessionStorage',
  'navigator',
  'fetch',
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
      'no-restricted-syntax': ['error', ...htmlSinks],
      'no-restricted-properties': [
        'error',
        { object: 'document', property: 'write', message: asText },
        { object: 'document', property: 'writeln', message: asText },
      ],
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
