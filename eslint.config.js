// Typed ESLint over TypeScript; `astro check` covers .astro files.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const noFramework = {
  patterns: [
    { group: ['astro', 'astro:*', 'astro/*'], message: 'Domain code and the sandbox stay framework-free: no Astro imports.' },
    { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'Domain code and the sandbox stay framework-free: no React imports.' },
    { group: ['**/server/**', '**/src/server/*', '\\#server/**'], message: 'src/server is the Astro shell; domain code must not depend on it.' },
    { group: ['\\#components/**', '\\#layouts/**', '\\#styles/**', '\\#pages/**', '**/src/components/**', '**/src/layouts/**', '**/src/pages/**'], message: 'Domain code and the sandbox render nothing: no components, layouts, styles or pages.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.astro/**', 'data/**', 'test-results/**', 'playwright-report/**', 'src/env.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      // Unused names are errors; a leading underscore marks an intentionally unused parameter.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/lib/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', noFramework] },
  },
  {
    files: ['sandbox/src/**/*.ts'],
    ignores: ['sandbox/src/cli.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noFramework.patterns,
            { group: ['**/src/lib/**', '**/src/*', '../../src/**', '\\#lib/**', '\\#i18n/**'], message: 'The sandbox does not import the app.' },
            { group: ['node:*', 'fs', 'path', 'crypto', 'child_process', 'os'], message: 'The sandbox runs in browsers too: Node built-ins only in cli.ts.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
