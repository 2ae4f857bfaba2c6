import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import i18next from 'eslint-plugin-i18next'
import tseslint from 'typescript-eslint'

// Layering from DESIGN.md: code may only import from folders allowed to run where it runs.
const nodeBuiltins = { group: ['node:*'], message: 'Node built-ins are not available here.' }
const electronImport = {
  name: 'electron',
  message: 'Only electron/main and electron/preload may import electron.',
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Playwright fixtures must destructure their first argument, even when they use nothing.
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    // Escaping and redaction match control characters on purpose.
    files: ['shared/domain/postmortem/**/*.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport, { name: 'react', message: 'shared/ is pure TypeScript.' }],
          patterns: [
            nodeBuiltins,
            { group: ['react-dom', 'react/*'], message: 'shared/ is pure TypeScript.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/backend/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronImport] }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport],
          patterns: [
            nodeBuiltins,
            {
              group: ['**/electron/**'],
              message: 'The renderer talks to the backend only through the bridge.',
            },
          ],
        },
      ],
    },
  },
  {
    // Every string a user reads comes from the catalogues (renderer/src/i18n/locales), so
    // switching to pt-BR leaves nothing in English. Text without letters (·, %, →) and the
    // product's name are not words to translate.
    files: ['renderer/src/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            include: [
              '^(label|title|placeholder|aria-label|aria-description|description|alt|error|help|what|tooltip|message|confirmLabel|emptyText|caption|heading)$',
            ],
          },
          // Arguments to calls inside JSX are values (routeHref({ name: 'incidents' })), not text.
          callees: { exclude: ['.*'] },
          'object-properties': { exclude: ['.*'] },
          words: {
            exclude: ['^[^A-Za-zÀ-ÿ]*$', '^Firebreak$', '^(English|Português \\(Brasil\\))$'],
          },
        },
      ],
    },
  },
)
