// ESLint flat config: the rule sets the ecosystem ships, with formatting left to Prettier.
import js from '@eslint/js';
import nextPlugin from '@next/eslint-plugin-next';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores([
    'src/generated/',
    '.next/',
    '.next-*/',
    '.data/',
    'coverage/',
    'test-results/',
    'playwright-report/',
    'next-env.d.ts',
    'messages/*.d.json.ts',
  ]),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Leaving a property out of a spread (`{ options, ...form }`) is how this code omits it.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // `async` without `await` states a Promise-returning contract here: server actions must be
      // async, as must Next's headers(), Prisma's adapter() and mocks of async APIs.
      // no-floating-promises and no-misused-promises catch the mistakes this rule is after.
      '@typescript-eslint/require-await': 'off',
    },
  },
  // Config files in plain JavaScript are outside tsconfig.json: lint them without types.
  { files: ['**/*.{js,mjs,cjs}'], extends: [tseslint.configs.disableTypeChecked] },

  { files: ['src/**/*.{ts,tsx}'], extends: [nextPlugin.configs['core-web-vitals']] },
  { files: ['src/**/*.{ts,tsx}'], extends: [reactHooks.configs.flat.recommended] },

  // The house order: side effects ('server-only'), node: built-ins, packages, '@/…' aliases,
  // relative imports, each group apart; stylesheets stay last, where the cascade expects them.
  {
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      'simple-import-sort/imports': [
        'warn',
        {
          groups: [
            ['^\\u0000(?!.*\\.css$)'],
            ['^node:'],
            ['^@?\\w'],
            ['^'],
            ['^\\.'],
            ['^\\u0000.*\\.css$'],
          ],
        },
      ],
      'simple-import-sort/exports': 'warn',
    },
  },
]);
