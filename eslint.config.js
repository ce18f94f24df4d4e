// Lint: type-aware checks where bugs hide (promises, needless casts) and the module boundaries of
// docs/architecture.md as rules, so a wrong import fails CI instead of waiting for a review.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const BROWSER_API = [
  {
    name: 'wxt/browser',
    message: 'utils/ is the pure core: take data in, give data back (see docs/architecture.md).',
  },
  {
    name: 'webextension-polyfill',
    message: 'utils/ is the pure core: browser APIs live in entrypoints/ adapters.',
  },
];
const NO_TESTS = { group: ['**/tests/**', '@/tests/**'], message: 'Production code never imports tests.' };

export default tseslint.config(
  {
    ignores: ['.output/**', '.wxt/**', '.tmp/**', 'node_modules/**', 'bench/results/**', 'tests/fixtures/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false, arguments: false } },
      ],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      // Stripping control characters from page text and file names is deliberate.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportDeclaration[source.value=/^(\\.\\.\\/){2,}/]',
          message: "Use WXT's @/ alias instead of ../../",
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['utils/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: BROWSER_API,
          patterns: [
            NO_TESTS,
            {
              group: ['**/entrypoints/**', '@/entrypoints/**'],
              message: 'utils/ never depends on entrypoints/.',
            },
            { group: ['**/components/**', '@/components/**'], message: 'utils/ never depends on the UI.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'indexedDB', message: 'openStore takes the IDBFactory as a parameter.' },
        'browser',
        'chrome',
      ],
    },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NO_TESTS,
            {
              group: ['**/entrypoints/**', '@/entrypoints/**'],
              message: 'components/ never import entrypoints/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['entrypoints/**', 'cli/**'],
    // `npm start` (cli/start.ts) opens the browser through the end-to-end driver on purpose: one way to
    // launch a browser with the extension, shared with the suites.
    ignores: ['cli/start.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_TESTS] }] },
  },
  {
    files: ['bench/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/tests/e2e/**', '@/tests/e2e/**'],
              message: 'Shared Node helpers live in support/, not in the e2e suite.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
